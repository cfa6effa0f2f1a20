# abs, divmod, pow
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5))
print(divmod(10 ** 20, 7), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(4, 0.5))
print(pow(3, 4, 5), pow(7, 123456, 1000), pow(-3, 3, 7), pow(3, -1, 11), pow(2, 100, 10 ** 9 + 7))
print(pow(0, 0), pow(0.0, 0), pow(1, 10 ** 6))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(type(pow(2, 2)).__name__, type(pow(2, -1)).__name__, type(pow(2.0, 2)).__name__)
print((-8) ** (1 / 3))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
