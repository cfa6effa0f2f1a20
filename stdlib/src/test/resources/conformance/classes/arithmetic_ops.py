# arithmetic special methods
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(round(self.cents / k))
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, e, mod=None):
        return Money(pow(self.cents, e, mod) if mod else self.cents ** e)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return Money(+self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __invert__(self):
        return Money(~self.cents)
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __rshift__(self, n):
        return Money(self.cents >> n)
    def __and__(self, n):
        return Money(self.cents & n)
    def __or__(self, n):
        return Money(self.cents | n)
    def __xor__(self, n):
        return Money(self.cents ^ n)
    def __matmul__(self, o):
        return self.cents * o.cents
m = Money(250)
n = Money(100)
print(m + n, m - n, m * 3, m / 3, m // 7, m % 7, divmod(m, 7))
print(m ** 2, pow(m, 2, 1000), -m, +m, abs(Money(-5)), ~m)
print(m << 2, m >> 3, m & 0xF, m | 1, m ^ 255, m @ n)
print(m + 5)
try:
    5 + m
except TypeError as e:
    print("TypeError:", e)
try:
    m * m
except TypeError as e:
    print("TypeError:", e)
print(sum([Money(1), Money(2)], Money(0)))
