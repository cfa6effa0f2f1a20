# explicit super(Class, self) and cooperative multiple inheritance
class Root:
    def __init__(self, **kw):
        print("Root init, leftover", kw)
class A(Root):
    def __init__(self, a=None, **kw):
        print("A init", a)
        super(A, self).__init__(**kw)
class B(Root):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super(B, self).__init__(**kw)
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super(C, self).__init__(**kw)
C(a=1, b=2, c=3, extra=4)
print([k.__name__ for k in C.__mro__])
class Log:
    def log(self):
        return ["Log"]
class L1(Log):
    def log(self):
        return ["L1"] + super().log()
class L2(Log):
    def log(self):
        return ["L2"] + super().log()
class Both(L1, L2):
    def log(self):
        return ["Both"] + super().log()
print(Both().log())
print(super(L1, Both()).log())
print(super(Both, Both()).log())
s = super(Both, Both())
print(type(s).__name__)
class M:
    @classmethod
    def create(cls):
        return cls.__name__
class N(M):
    @classmethod
    def create(cls):
        return "N->" + super(N, cls).create()
print(N.create())
