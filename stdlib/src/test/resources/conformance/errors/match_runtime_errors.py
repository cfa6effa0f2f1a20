# errors raised while matching: bad class patterns, __match_args__, duplicate keys
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class NotStr:
    __match_args__ = (1,)
class Twice:
    __match_args__ = ("a",)
    a = 1
class Key:
    k = "x"
    j = "x"
tests = [
    lambda v: NoArgs(1),
    lambda v: BadArgs(1),
    lambda v: NotStr(1),
    lambda v: Twice(1, a=1),
    lambda v: int(1, 2),
    lambda v: len(),
]
def run(n, v):
    match v:
        case NoArgs(1) if n == 0:
            pass
        case BadArgs(1) if n == 1:
            pass
        case NotStr(1) if n == 2:
            pass
        case Twice(1, a=1) if n == 3:
            pass
        case int(1, 2) if n == 4:
            pass
        case len() if n == 5:
            pass
        case {Key.k: 1, Key.j: 2} if n == 6:
            pass
instances = [NoArgs(), BadArgs(), NotStr(), Twice(), 1, 1, {"x": 1}]
for n, v in enumerate(instances):
    try:
        run(n, v)
        print(n, "no error")
    except (TypeError, ValueError) as e:
        print(n, type(e).__name__, e)
# a class pattern on a non-instance fails without looking at __match_args__
match 5:
    case NotStr(1):
        print("wrong")
    case _:
        print("not an instance: no error")
