# Instances of classes: default reduction (__dict__, __slots__), __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, __reduce__/__reduce_ex__, subclasses of builtins,
# collections types, exceptions; bytes compared with CPython's for every protocol.
import collections
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slots:
    __slots__ = ("x", "__y")

    def __init__(self):
        self.x = 1
        self.__y = 2


class Both(Plain):
    __slots__ = ("z",)


class State:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] + 1


class Num(int):
    pass


class Text(str):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (str(self), self.tag)


class KwOnly:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return (), {"k": self.k}


class ReduceEx:
    def __reduce_ex__(self, proto):
        return ReduceEx, (), {"proto": proto}


class Reduce:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return Reduce, (self.n + 1,)


class SetterState:
    def __reduce__(self):
        return SetterState, (), {"s": 1}, None, None, set_state


def set_state(obj, state):
    obj.via_setter = state


class MyList(list):
    pass


class MyDict(dict):
    pass


Point = collections.namedtuple("Point", "x y")


class Error(Exception):
    pass


def show(obj):
    if isinstance(obj, Slots):
        return f"Slots({obj.x}, {obj._Slots__y})"
    if isinstance(obj, Both):
        return f"Both({obj.a}, {obj.b}, {obj.z})"
    if isinstance(obj, (int, str, tuple)) and type(obj).__module__ == "__main__":
        return f"{type(obj).__name__}({obj!r}, {vars(obj) if hasattr(obj, '__dict__') else ''})"
    if type(obj).__module__ == "__main__" and not isinstance(obj, (list, dict, Exception)):
        return f"{type(obj).__name__}{vars(obj)}"
    if isinstance(obj, (list, dict)) and type(obj).__module__ == "__main__":
        return f"{type(obj).__name__}({obj!r}, {vars(obj)})"
    return repr(obj) if type(obj) is not object else "an object"


both = Both()
both.z = 9
my_list = MyList([1, 2])
my_list.attr = "m"
my_dict = MyDict(a=1)
my_dict.attr = "d"
err = Error("boom", 2)
err.note = "n"
objects = [Plain(), Slots(), both, State(), Num(7), Text("t", "tag"), KwOnly(k=5), ReduceEx(), Reduce(1), SetterState(),
           my_list, my_dict, Point(1, 2), collections.OrderedDict(a=1, b=2), collections.defaultdict(list, {"a": [1]}),
           collections.deque([1, 2], 5), collections.deque("ab"), collections.Counter("abca"), ValueError("x", 1),
           KeyError("k"), err, object()]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for obj in objects:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(f"  {type(obj).__name__}: {type(e).__name__}: {e}")
            continue
        back = pickle.loads(data)
        print(f"  {type(obj).__name__}: {show(back)}")
        print(f"    {data!r}")
