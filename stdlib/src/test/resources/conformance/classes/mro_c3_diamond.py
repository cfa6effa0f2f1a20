# C3 linearization: diamonds and method resolution
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D.__mro__)
print(D().who())
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
print(object.__mro__, int.__mro__, bool.__mro__)
