# the classic C3 example from the Python docs
O = object
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for cls in (A, B, C):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
class K1: pass
class K2: pass
class K3: pass
class Z1(K1, K2, K3): pass
class Z2(K2, K3): pass
class Z3(K3, K1): pass
try:
    class Top(Z1, Z2, Z3):
        pass
    print([k.__name__ for k in Top.__mro__])
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()))
class P1(K1, K2): pass
class P2(K2, K3): pass
class Q(P1, P2): pass
print([k.__name__ for k in Q.__mro__])
class Base:
    def hello(self):
        return "Base.hello"
class Left(Base):
    pass
class Right(Base):
    def hello(self):
        return "Right.hello"
class Bottom(Left, Right):
    pass
print(Bottom().hello())
