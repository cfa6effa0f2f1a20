# sum() with start values
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1 + 1j, 2j]), sum((x * x for x in range(4)), start=100))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
from fractions import Fraction
print(sum([Fraction(1, 3)] * 3), sum([Fraction(1, 2), 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    __radd__ = __add__
print(sum([V(1), V(2), V(3)]).n)
