# structural pattern matching
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s if len(s) == 0:
            return "empty str"
        case str(s):
            return f"str {s}"
        case [a, b]:
            return f"pair {a},{b}"
        case [a, *rest]:
            return f"list head {a} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"k": v, **others}:
            return f"k={v} others={others}"
        case None:
            return "none"
        case _:
            return "other " + type(x).__name__
for v in [0, 2, -5, 100, "", "hi", [1, 2], [1, 2, 3], [], (9,), {"type": "point", "x": 1, "y": 2},
          {"k": 1, "j": 2}, None, 3.5]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point():
            return "elsewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), "nope"]:
    print(where(p))
RED = "red"
class Color:
    RED = "red"
    BLUE = "blue"
match "blue":
    case Color.RED:
        print("matched red")
    case Color.BLUE:
        print("matched blue")
match (1, "a"):
    case (1, "b"):
        print("wrong")
    case (1, ("a" | "c") as letter):
        print("letter", letter)
