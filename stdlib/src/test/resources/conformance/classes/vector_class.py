# a complete 2D vector class exercising many dunders
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
a, b = Vec(3, 4), Vec(1, -2)
print(a, repr(b), a + b, a - b, a * 2, 3 * b, a * b, a / 2, -a)
print(abs(a), bool(Vec()), bool(b), list(a), a[1], len(a), tuple(b))
print(f"{a:.2f}", f"{Vec(1/3, 2/3):.3}")
print(a == Vec(3, 4), a != b, a in {Vec(3, 4)}, {a: "A"}[Vec(3, 4)])
x, y = a
print(x, y, max(a), sum(b))
total = Vec()
for v in [a, b, Vec(10, 10)]:
    total += v
print(total)
