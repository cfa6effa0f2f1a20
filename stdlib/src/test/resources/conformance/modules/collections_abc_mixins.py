# abstract collections provide mixin methods
from collections.abc import Mapping, MutableSequence, Set, MutableMapping
class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if not (isinstance(k, int) and 0 <= k < self.n):
            raise KeyError(k)
        return k * k
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n
sq = Squares(5)
print(dict(sq), sq.get(3), sq.get(9, "none"), 4 in sq, list(sq.keys()), list(sq.values()), sq == {0: 0, 1: 1, 2: 4, 3: 9, 4: 16})
class MyList(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
ml = MyList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(ml.data, ml.pop(), ml.index(3), ml.count(2), 2 in ml, list(reversed(ml)))
ml.remove(3)
print(ml.data)
class Span(Set):
    def __init__(self, items):
        self.items = sorted(set(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = Span([1, 2, 3]), Span([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Span([1, 2, 3, 9]), a.isdisjoint([7]))
class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k.lower()]
    def __setitem__(self, k, v):
        self.d[k.lower()] = v
    def __delitem__(self, k):
        del self.d[k.lower()]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
st = Store()
st["A"] = 1
st.update(B=2)
print(st["a"], st.setdefault("C", 3), st.pop("b"), dict(st), st.popitem())
try:
    class Incomplete(Mapping):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
