# vars() on instances, classes and modules
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = [2]
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
cv = vars(P)
print(type(cv).__name__, "cls_attr" in cv, sorted(k for k in cv if not k.startswith("__")))
try:
    cv["new"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
import math
print(vars(math)["pi"], "sqrt" in vars(math))
def f():
    a = 1
    return vars()
print(f())
