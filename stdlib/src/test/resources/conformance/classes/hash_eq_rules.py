# __hash__/__eq__ interaction rules
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, hash(a) == hash(a), len({a, b, a}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)))
class Child(Point):
    def __eq__(self, o):
        return False
print(Child.__hash__)
class Child2(Point):
    pass
print(Child2.__hash__ is Point.__hash__)
class ConstHash:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        print("eq called")
        return True
d = {ConstHash(): 1}
d[ConstHash()] = 2
print(len(d), list(d.values()))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b"})
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash((1, 2, 3)))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
