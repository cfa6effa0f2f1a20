# __slots__ on subclasses of builtin types: no __dict__, slot attributes only
class L(list):
    __slots__ = ("extra",)
l = L([1, 2])
l.extra = 5
l.append(3)
print(l, l.extra, len(l), hasattr(l, "__dict__"))
try:
    l.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del l.extra
try:
    l.extra
except AttributeError as e:
    print("AttributeError:", e)

class D(dict):
    __slots__ = ("default",)
    def __missing__(self, key):
        return self.default
d = D(a=1)
d.default = 0
print(d["a"], d["zzz"], hasattr(d, "__dict__"))
try:
    d.x = 1
except AttributeError as e:
    print("AttributeError:", e)

class S(set):
    __slots__ = ("tag",)
class F(float):
    __slots__ = ("unit",)
class T(str):
    __slots__ = ()
s = S({1})
s.tag = "t"
f = F(2.5)
f.unit = "m"
print(s, s.tag, f, f.unit, f * 2, T("x") + "y", hasattr(T("x"), "__dict__"))
try:
    T("x").y = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithDict(list):
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Sub(L):
    pass
sub = Sub()
sub.extra = 1
sub.anything = 2
print(sub.extra, sub.__dict__)

print(type(L.extra).__name__, L.extra)
for base in (int, tuple, bytes):
    try:
        class X(base):
            __slots__ = ("a",)
    except TypeError as e:
        print("TypeError:", e)
class EmptyInt(int):
    __slots__ = ()
print(EmptyInt(3) + 1, hasattr(EmptyInt(3), "__dict__"))
