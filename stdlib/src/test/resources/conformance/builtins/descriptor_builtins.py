# classmethod, staticmethod and property used as plain functions
class C:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v
    def del_v(self):
        print("deleting v")
    v = property(get_v, set_v, del_v, "value property")
    def _cm(cls, x):
        return (cls.__name__, x)
    cm = classmethod(_cm)
    def _sm(x):
        return x * 2
    sm = staticmethod(_sm)
c = C()
c.v = 7
print(c.v, C.v.__doc__, C.cm(1), c.cm(2), C.sm(3), c.sm(4))
del c.v
ro = property(lambda self: "read-only")
class D:
    p = ro
print(D().p, ro.fget is not None, ro.fset, ro.fdel)
p2 = C.v.getter(lambda self: "new getter")
class E(C):
    v = p2
e = E()
print(e.v)
e.v = 1
print(e._v)
print(isinstance(C.__dict__["cm"], classmethod), isinstance(C.__dict__["sm"], staticmethod))
print(C.__dict__["sm"](5), C.__dict__["cm"].__func__(C, 6))
