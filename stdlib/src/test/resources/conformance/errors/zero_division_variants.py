# ZeroDivisionError message variants
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("(1+1j) / 0", lambda: (1 + 1j) / 0),
    ("pow(0, -2)", lambda: pow(0, -2)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
from fractions import Fraction
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("Fraction ->", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("pow(2, -1, 4) -> ValueError", e)
print(pow(3, -1, 7))
