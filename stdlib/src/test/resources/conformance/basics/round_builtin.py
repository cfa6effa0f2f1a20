# round(): banker's rounding, ndigits, return types
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(123.456, 1), round(123.456, -1), round(123.456, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), type(round(5, 2)).__name__)
print(round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1e20), round(-0.4), round(0.49999999999999994))
print(round(12345.6789, 3))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
