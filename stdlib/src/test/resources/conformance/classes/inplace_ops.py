# in-place operators and fallback to binary operators
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
alias = a
a += 5
print(a, alias is a)
a -= 2; a *= 10; a //= 3; a %= 7; a **= 3; a <<= 2; a |= 1
print(a)
a /= 4
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("OnlyAdd.__add__ (fallback)")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
orig = b
b += 2
print(b.v, b is orig)
class NoneReturn:
    def __iadd__(self, o):
        return None
c = NoneReturn()
c += 1
print(c)
t = [1]
t2 = t
t += (2, 3)
print(t, t2 is t)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, tup)
