# rich comparison methods and reflection
quiet = False
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not quiet: print(f"V({self.n}).__eq__")
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not quiet: print(f"V({self.n}).__lt__")
        if not isinstance(other, V):
            return NotImplemented
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return f"V({self.n})"
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b)
print(b > a)
print(b >= a)
print(a == 1)
print(a != "x")
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
quiet = True
print(sorted([V(3), V(1), V(2), V(0)]))
quiet = False
class Always:
    def __eq__(self, other):
        return True
    __hash__ = None
print(Always() == 5, 5 == Always(), Always() != 5)
print([1, Always()].index(Always()) if False else Always() in [1, 2])
class Sub(V):
    def __eq__(self, other):
        print("Sub.__eq__ first (subclass priority)")
        return True
print(V(1) == Sub(9))
quiet = True
print(max([V(5), V(7), V(6)]), min([V(5), V(7), V(6)]))
