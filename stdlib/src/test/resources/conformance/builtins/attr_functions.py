# getattr, setattr, hasattr, delattr
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(Obj, "cls_attr"))
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
print(hasattr(o, "a"), hasattr(o, "zzz"), hasattr(Obj, "a"), hasattr(o, "__init__"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")())
for name in ["x", "y", "z"]:
    setattr(Obj, name, name.upper())
print(Obj.x, o.y, Obj().z)
print(getattr(o, "missing", None) is None)
import math
print(getattr(math, "pi"), hasattr(math, "tau"))
