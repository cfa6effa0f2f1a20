# dataclasses: generated __init__/__repr__/__eq__, defaults, fields
from dataclasses import dataclass, field, fields, asdict, astuple, replace
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1), p == Point(1, 2), p == Point(2, 1))
print(p.x, p.y, [f.name for f in fields(p)], asdict(p), astuple(p))
q = replace(p, y=10)
print(q, p)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, item):
        self.items.append(item)
        self.count += 1
a = Inventory("a")
b = Inventory("b")
a.add("apple")
print(a, b, a.count)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Nested:
    p: Point
    tags: tuple = ()
n = Nested(Point(1, 1), ("t",))
print(n, asdict(n))
print(Point.__eq__ is not object.__eq__, Point.__hash__)
@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(2, 3))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
