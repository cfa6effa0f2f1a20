# match in class bodies, with global/nonlocal captures, in generators, loops, try/finally and closures
class C:
    match [1, 2]:
        case [first, *others]:
            pass
print(C.first, C.others)
g = None
def setg(v):
    global g
    match v:
        case {"g": g}:
            pass
setg({"g": 42}); print(g)
def outer():
    x = 0
    def inner(v):
        nonlocal x
        match v:
            case (x, _):
                pass
    inner((7, 8))
    return x
print(outer())
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 2
            case str(s):
                yield from s
print(list(gen([1, "ab", 3])))
res = [(lambda v: (lambda: v))(v)() for v in range(2)]
def closure_capture(v):
    match v:
        case [a]:
            return lambda: a
print(closure_capture([5])())
def loop():
    out = []
    for v in [1, 2, 3, 4]:
        match v:
            case 2:
                continue
            case 4:
                break
            case _:
                out.append(v)
    return out
print(loop())
def ret_in_try(v):
    try:
        match v:
            case 1:
                return "one"
    finally:
        print("finally")
print(ret_in_try(1))
def exc_in_guard(v):
    match v:
        case x if 1 / x:
            return "ok"
try:
    exc_in_guard(0)
except ZeroDivisionError as e:
    print("guard raised", e)
import sys
def bad_match_args():
    class K:
        __match_args__ = ("missing",)
    match K():
        case K(v):
            return v
        case K():
            return "attribute missing -> no match"
print(bad_match_args())
