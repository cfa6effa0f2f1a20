# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), abs(n))
print(math.sqrt(Num(16)), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
class OnlyIndex:
    def __index__(self):
        return 12
print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", complex(1.5))
class BadInt:
    def __int__(self):
        return "nope"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
for fn in (int, float, complex):
    try:
        fn(Nothing())
    except TypeError as e:
        print("TypeError:", e)
