# Shared and recursive references survive pickling (the memo) in every protocol; large pickles are
# cut into frames as CPython cuts them; copy and deepcopy rebuild objects through the same
# object.__reduce_ex__ as pickle.
import copy
import hashlib
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


shared = [1, 2]
root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
recursive_list = []
recursive_list.append(recursive_list)
recursive_dict = {}
recursive_dict["me"] = recursive_dict
tuple_cycle_list = [0]
tuple_cycle = (tuple_cycle_list,)
tuple_cycle_list.append(tuple_cycle)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps([shared, shared, (shared,)], proto))
    print(proto, back[0] is back[1], back[2][0] is back[0])
    r = pickle.loads(pickle.dumps(root, proto))
    print(proto, r.children[0].children[0] is r, r.children[0].name)
    data = pickle.dumps(recursive_list, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back)
    data = pickle.dumps(recursive_dict, proto)
    back = pickle.loads(data)
    print(proto, data, back["me"] is back)
    data = pickle.dumps(tuple_cycle, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][1] is back)
    s = "shared string"
    print(proto, pickle.dumps([s, s, b"x", b"x"], proto))

big_cases = [list(range(100000)), ["x" * 40000, "y" * 40000, b"z" * 70000], {i: str(i) for i in range(3000)},
             set(range(2500)), "\u00e9" * 70000, [b"a" * 65536, 1], [[i, str(i)] for i in range(20000)],
             frozenset(range(1200)), list(range(1000)), list(range(1001)), {i: i for i in range(1000)},
             set(range(1000)), bytearray(b"q" * 70000)]
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    for case in big_cases:
        data = pickle.dumps(case, proto)
        print(proto, type(case).__name__, len(data), hashlib.sha256(data).hexdigest()[:16], pickle.loads(data) == case)


class Slots:
    __slots__ = ("a", "b")


class WithState:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {"items": self.items, "copied": True}


class Args(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


s = Slots()
s.a = [1]
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.a is s.a, d.a == s.a, d.a is s.a, hasattr(d, "b"))
w = copy.deepcopy(WithState())
print(vars(w))
a = copy.deepcopy(Args([1], 2))
print(type(a).__name__, a)
print(object().__reduce_ex__(2)[1], object().__reduce_ex__(4)[2:], [1].__reduce_ex__(2)[1:3])
print(s.__reduce_ex__(2)[1:3], Slots.__slotnames__)
print(WithState().__reduce_ex__(3)[2])
print(Args(1, 2).__reduce_ex__(2)[1])
print(copy.deepcopy(root).children[0].children[0].name)
