# int() constructor forms
print(int(), int(7), int(-7.9), int(7.9), int(True), int("42"), int(" -42 "), int("+42"), int("0042"))
print(int("101", 2), int("z", 36), int("Z", 36), int("0x1F", 16), int("0x1F", 0), int("0o17", 0), int("0b11", 0), int("1F", 16))
print(int("10", base=3), int("1_000_000"), int("٤٢"), int(b"12"), int(bytearray(b"-3")))
print(int(10 ** 25 + 0.0) if False else int(1e25), int(-1e-10), int("9" * 30))
class WithInt:
    def __int__(self):
        return 5
class WithIndex:
    def __index__(self):
        return 6
class WithTrunc:
    def __trunc__(self):
        return 7
print(int(WithInt()), int(WithIndex()))
try:
    print(int(WithTrunc()))
except TypeError as e:
    print("TypeError:", e)
for bad, base in [("0x10", 10), ("08", 0), ("", 10), ("1 2", 10), ("12", 2), ("_1", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("0", 0), int("00", 0), int("-0b101", 0), (255).bit_length(), (10).to_bytes(2, "big"))
print(int.__name__, type(int("5")) is int)
