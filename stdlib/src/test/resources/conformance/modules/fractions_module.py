# fractions.Fraction exact arithmetic
from fractions import Fraction as F
a, b = F(1, 3), F(2, 7)
print(a, b, a + b, a - b, a * b, a / b, a ** 2, -a, abs(F(-5, 10)))
print(F(6, 8), F(-6, 8), F(6, -8), F(0), F(5), F("3/4"), F("-1.25"), F(" 7 "), F(0.5), F(1.1))
print(F(1.1).limit_denominator(100), F(3.14159).limit_denominator(1000), F(355, 113).limit_denominator(10))
print(a.numerator, a.denominator, float(a), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(a < b, a == F(2, 6), F(1, 2) == 0.5, F(1, 3) < 0.34, sorted([F(1, 2), F(1, 3), F(2, 3)]))
print(F(1, 2) + 1, 1 - F(1, 2), F(1, 2) * 2.0, F(1, 2) // F(1, 3), F(7, 2) % 1, divmod(F(7, 2), 1))
print(sum(F(1, n) for n in range(1, 11)), F(2, 3).as_integer_ratio(), repr(F(1, 2)), str(F(4, 1)))
print(hash(F(1, 2)) == hash(0.5), F(10, 4).is_integer() if hasattr(F, "is_integer") else False)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
h = F(0)
for k in range(1, 30):
    h += F(1, k * (k + 1))
print(h)
