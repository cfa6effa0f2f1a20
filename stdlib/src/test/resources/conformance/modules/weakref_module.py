# weakref basics (objects kept alive explicitly; collection forced with del + gc)
import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r(), weakref.getweakrefcount(o))
d = weakref.WeakValueDictionary()
keep = Obj("kept")
d["k"] = keep
print(d["k"], "k" in d, len(d))
ws = weakref.WeakSet([keep])
print(keep in ws, len(ws))
p = weakref.proxy(keep)
print(p.name, repr(p.name))
wk = weakref.WeakKeyDictionary()
wk[keep] = 42
print(wk[keep])
o2 = Obj("temp")
r2 = weakref.ref(o2, lambda ref: None)
print(r2() is o2, r2 == weakref.ref(o2), type(r2).__name__)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
class Method:
    def m(self):
        return "bound result"
inst = Method()
wm = weakref.WeakMethod(inst.m)
print(wm()())
