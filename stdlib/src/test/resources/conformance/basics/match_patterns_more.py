# more of PEP 634: sequences with stars, mappings with **rest, class patterns, OR/AS, guards
import collections
from dataclasses import dataclass

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *_, last]:
            return f"ends {first} {last}"
    return "no"

for v in [[], [1], (2,), [1, 2, 1], [1, 2, 3, 4], "ab", b"ab", bytearray(b"x"), range(3),
          collections.deque([5, 6]), {1: 2}, 7]:
    print(repr(v), seq(v))

def star(v):
    match v:
        case (a, *mid, b, c):
            return (a, mid, b, c)
        case [*all_]:
            return ("all", all_)
        case _:
            return None
print(star((1, 2, 3, 4, 5)), star([1, 2, 3]), star([1]), star(iter([1])))

def maps(m):
    match m:
        case {}:
            pass
    match m:
        case {"a": 1, **rest} if not rest:
            return "only a=1"
        case {"a": int(n), "b": str() as s, **rest}:
            return f"a={n} b={s} rest={rest}"
        case {"a": _, **rest}:
            return f"a, rest={sorted(rest)}"
        case {}:
            return "other mapping"
        case _:
            return "not a mapping"
for m in [{"a": 1}, {"a": 2, "b": "x", "c": 3}, {"a": [], "z": 0}, {"q": 1}, [("a", 1)],
          collections.OrderedDict(a=1), collections.defaultdict(int, a=5, b="s")]:
    print(m, "->", maps(m))

@dataclass
class Vec:
    x: int
    y: int = 0

class Shape:
    __match_args__ = ("kind",)
    def __init__(self, kind, size=1):
        self.kind, self.size = kind, size

def classes(o):
    match o:
        case Vec(0, 0):
            return "zero vec"
        case Vec(x, y=0):
            return f"x-axis {x}"
        case Vec(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Vec():
            return "vec"
        case Shape("circle", size=s):
            return f"circle {s}"
        case Shape(kind) | Vec(kind):
            return f"shape {kind}"
        case int(i) | float(i) if i > 100:
            return f"big number {i}"
        case bool(b):
            return f"bool {b}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([1, *r]):
            return f"list from 1, {r}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
    return "nothing"
for o in [Vec(0, 0), Vec(3), Vec(2, 2), Vec(1, 5), Shape("circle", 3), Shape("square"), 1000, 2.5e3, True,
          5, "s", b"b", [1, 2, 3], {"k": 9}, (1, 2), None]:
    print(classes(o))

def literals(v):
    match v:
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case -0.5-1j:
            return "negative complex"
        case "a" "b":
            return "concatenated ab"
        case b"xy":
            return "bytes xy"
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case (0 | 10) as x if x:
            return "ten"
    return "other"
for v in [-1, 1.5, 2+3j, -0.5-1j, "ab", b"xy", True, 1, False, 0, None, 2, 10, 0.0, 1.0]:
    print(repr(v), literals(v))

class Sentinel:
    A = 1
    B = [2]
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def values(v):
    match v:
        case Sentinel.A:
            return "A"
        case Sentinel.B:
            return "B"
        case Color.RED:
            return "red"
        case Color.GREEN | Color.RED:
            return "green"
    return "?"
print([values(v) for v in [1, [2], Color.RED, Color.GREEN, 3]])

# names bound by a pattern stay bound after the match
match [1, [2, 3]]:
    case [a, [b, *c]]:
        pass
print(a, b, c)
# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("n =", n, "calls", len(calls))
# match on a tuple subject and a walrus
match (w := 3), 4:
    case (3, 4):
        print("tuple subject", w)
# match and case still work as names
match = {"case": 1}
case = match["case"]
print(match, case)
def match_fn(match, case=None):
    return match, case
print(match_fn(1, case=2))
