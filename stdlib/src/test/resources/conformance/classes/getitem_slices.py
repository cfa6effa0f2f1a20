# __getitem__ receiving slice objects and tuples
class Echo:
    def __getitem__(self, key):
        return key
e = Echo()
print(e[1], e["k"], e[1:2], e[:], e[::3], e[1:2, 3], e[..., 0], e[()], e[-1:None:-1])
s = e[1:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
class Sequenceish:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Sequenceish(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
sq = Sequenceish("abcdefg")
print(sq[2], sq[-1], sq[1:4], sq[::-2], len(sq[::3]))
print(list(reversed(sq)), "c" in sq)
print(slice(1, 5) == slice(1, 5), repr(slice(3)), slice(1, 2, 3))
class Setter:
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
st = Setter()
st[1:3] = "ab"
st[::2] = [0]
del st[5:]
st[1, 2] = "tuple key"
