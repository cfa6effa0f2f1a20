class A:
    def __init__(self):
        self.x = 0
def bump(o, n):
    for _ in range(n):
        o.x = o.x + 1
a = A()
bump(a, 3); print(a.x, a.__dict__)
A.x = property(lambda s: "prop", lambda s, v: print("setter", v))
bump(a, 1); print(A.x.__get__(a), a.__dict__)
del A.x
bump(a, 2); print(a.x)
A.__setattr__ = lambda self, n, v: print("custom setattr", n, v)
bump(a, 1)
del A.__setattr__
bump(a, 1); print(a.x)
class S:
    __slots__ = ("x",)
s = S(); s.x = 0
bump(s, 2); print(s.x)
a.__dict__ = {}
try:
    bump(a, 1)
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    pass
b = B()
bump(b, 2)
A.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10 if isinstance(v, int) else v)
bump(b, 1); print(b.x)
b.__class__ = S
try:
    bump(b, 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
