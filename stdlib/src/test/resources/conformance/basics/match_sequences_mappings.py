# match on namedtuples, enums, nested dicts, and what counts as a sequence or a mapping
import collections, enum
P = collections.namedtuple("P", "x y")
print(P.__match_args__)
match P(1, 2):
    case P(a, b):
        print("namedtuple", a, b)
match P(1, 2):
    case (a, b):
        print("as sequence", a, b)
class Op(enum.Enum):
    ADD = "+"
    SUB = "-"
def calc(cmd):
    match cmd.split():
        case [("add" | "plus"), *nums] if nums:
            return sum(map(int, nums))
        case ["neg", n]:
            return -int(n)
        case ["op", sym] if sym in {o.value for o in Op}:
            match Op(sym):
                case Op.ADD:
                    return "ADD"
                case Op.SUB:
                    return "SUB"
        case []:
            return "empty"
        case [cmd, *_]:
            return f"unknown {cmd}"
for c in ["add 1 2 3", "plus", "neg 5", "op +", "op -", "", "zap 1"]:
    print(repr(c), calc(c))
def walk(tree):
    match tree:
        case {"op": "+", "args": [l, r]}:
            return walk(l) + walk(r)
        case {"op": "*", "args": [l, r]}:
            return walk(l) * walk(r)
        case int() | float() as v:
            return v
        case {"op": op}:
            raise ValueError(f"bad op {op}")
print(walk({"op": "+", "args": [1, {"op": "*", "args": [2, 3.5]}]}))
try:
    walk({"op": "/"})
except ValueError as e:
    print(e)
match 42:
    case x if x > 100:
        print("big")
    case x:
        print("bound", x)
def gen():
    yield 1
match gen():
    case [1]:
        print("generator is a sequence?")
    case _:
        print("generator is not a sequence")
match "abc":
    case [*chars]:
        print("str matched as sequence")
    case str(s):
        print("str", s)
import array
match array.array("i", [1, 2]):
    case [a, b]:
        print("array", a, b)
    case _:
        print("array not a sequence")
match memoryview(b"ab"):
    case [a, b]:
        print("memoryview", a, b)
match range(2):
    case [0, 1]:
        print("range")
match {"a": 1}.keys():
    case [x]:
        print("keys view is seq?")
    case _:
        print("keys not seq")
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "x": return 1
        raise KeyError(k)
    def __iter__(self): return iter(["x"])
    def __len__(self): return 1
match MyMap():
    case {"x": v}:
        print("abc mapping", v)
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError
    def __len__(self): return 2
match MySeq():
    case [a, b]:
        print("abc sequence", a, b)
class NotSeq:
    def __getitem__(self, i): return i
    def __len__(self): return 2
match NotSeq():
    case [a, b]:
        print("wrong")
    case _:
        print("plain class is not a sequence")
