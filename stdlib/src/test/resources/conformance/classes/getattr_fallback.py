# __getattr__ is called only for missing attributes
class Lazy:
    cls_attr = "class level"
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
o = Lazy()
print(o.real, o.cls_attr)
print(o.dyn_hello)
print(getattr(o, "dyn_x"), getattr(o, "missing", "default"))
print(hasattr(o, "dyn_y"), hasattr(o, "nope"))
try:
    o.nope
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Rec:
    def __getattr__(self, name):
        if name == "x":
            return 1
        return super().__getattribute__(name)
try:
    Rec().y
except AttributeError as e:
    print("AttributeError:", e)
print(Rec().x)
