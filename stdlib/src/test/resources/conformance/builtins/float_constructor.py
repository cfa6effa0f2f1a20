# float() constructor and methods
print(float(), float(3), float("3.5"), float(" -2.25 "), float("1e3"), float("-inf"), float("nan"))
print(float("1_000.000_1"), float(True), float(10 ** 20), float("0x10" if False else "16"))
print(float("infinity"), float("+Inf"), float("-0"), float(".5"), float("5."))
print((0.25).as_integer_ratio(), (1.5).is_integer(), float.fromhex("0x1p-2"), (0.75).hex())
print((3.7).__trunc__(), (3.7).__floor__() if hasattr(3.7, "__floor__") else 3, round(3.7))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float.__name__, isinstance(1.0, float), float(2 ** 53) == 2 ** 53)
