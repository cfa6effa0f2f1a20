# match and case stay usable as names; subjects, values and patterns in corner cases
import re, math
match = re.match(r"(\d+)", "42abc")
print(match.group(1), match[0])
def match(x): return x * 2
print(match(3))
match: int = 5
print(match)
case = [1, 2]
case[0] = 9
print(case, [match for match in range(2)])
x = 3
match -x:
    case -3:
        print("negative subject")
match (x):
    case 3:
        print("parenthesized subject")
match x, 4:
    case (3, y):
        print("tuple subject", y)
match [x]:
    case [math.pi] | [3]:
        print("dotted value or 3")
match {"a": 1, "b": 2}:
    case {**rest}:
        print("rest only", rest)
match [1, 2, 3]:
    case [*_]:
        print("any sequence")
match 5:
    case object():
        print("object() matches anything")
match (1, 2):
    case (a, b) | (b, a) if (s := a + b) > 2:
        print("or with same names", a, b, s)
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deepest]]]]:
        print("deep", deepest)
match 1.0:
    case 1:
        print("1.0 == 1 matches")
match True:
    case 1:
        print("True == 1 matches literal 1")
match 1:
    case True:
        print("wrong: singletons compare by identity")
    case _:
        print("1 is not True")
match "x":
    case "x" if False:
        print("no")
    case "x" | "y" as v:
        print("second case", v)
match None:
    case {}:
        print("no")
    case []:
        print("no")
    case None:
        print("None")
def f(v):
    match v:
        case int(n) | float(n) if n < 0:
            return "neg"
        case int() | float():
            return "num"
        case _:
            return "other"
print([f(v) for v in [-1, 2, -0.5, "s"]])
