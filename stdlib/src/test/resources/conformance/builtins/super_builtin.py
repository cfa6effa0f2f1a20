# super() forms and attributes
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho(" + cls.__name__ + ")"
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B+" + super().who()
    @classmethod
    def cwho(cls):
        return "B+" + super().cwho()
class C(B):
    def who(self):
        return "C+" + super().who()
c = C()
print(c.who(), C.cwho(), super(C, c).who(), super(B, c).who(), super(C, C).cwho())
print(super(B, c).swho(), super(C, C).swho())
s = super(C, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
try:
    super(A, c).who()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
unbound = super(B)
print(type(unbound).__name__)
def standalone():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
standalone()
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
print(D(key=1)["KEY"])
