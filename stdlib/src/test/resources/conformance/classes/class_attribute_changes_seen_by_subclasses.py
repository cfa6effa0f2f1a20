class A:
    x = 1
    def f(self): return "A.f"
class B(A): pass
class C(B): pass
c = C()
print(c.x, c.f())
A.x = 2; print(c.x, C.x)
B.x = 3; print(c.x, A.x)
del B.x; print(c.x)
A.f = lambda self: "new A.f"; print(c.f())
C.f = lambda self: "C.f"; print(c.f(), B().f())
del C.f; print(c.f())
class M: 
    def g(self): return "M.g"
C.__bases__ = (M,)
print(C().g(), hasattr(C(), "x"))
M.g = lambda self: "M.g2"; print(C().g())
A.__getattr__ = lambda self, n: "dyn " + n
print(B().zzz)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1
for _ in range(5): Counter()
print(Counter.count, Counter().count)
