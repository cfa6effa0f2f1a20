# reflected (__r*__) operators and NotImplemented fallback
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        print("__add__")
        if isinstance(o, (int, Num)):
            return Num(self.v + (o.v if isinstance(o, Num) else o))
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rlshift__(self, o):
        return Num(o << self.v)
    def __rand__(self, o):
        return Num(o & self.v)
    def __ror__(self, o):
        return Num(o | self.v)
    def __rxor__(self, o):
        return Num(o ^ self.v)
n = Num(4)
print(n + 1)
print(1 + n)
print(n + n)
print(10 - n, 3 * n, 10 / n, 10 // n, 10 % n, 2 ** n, 1 << n, 7 & n, 1 | n, 5 ^ n)
print(sum([Num(1), Num(2)]))
try:
    n + "s"
except TypeError as e:
    print("TypeError:", e)
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__ wins")
        return Num(-1)
print(Num(1) + Sub(2))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
