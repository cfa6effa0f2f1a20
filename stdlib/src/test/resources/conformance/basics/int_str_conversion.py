# int <-> str conversions, bases
print(str(0), str(-17), str(10 ** 25), repr(-5))
print(int("101", 2), int("777", 8), int("DeadBeef", 16), int("zz", 36))
print(int("0"), int("-0"), int("  -42\n"), int("1_2_3"))
print(bin(0), bin(5), bin(-5), oct(64), hex(4096), hex(-1))
print(format(255, "b"), format(255, "08b"), format(-3, "x"))
for base in (2, 3, 7, 16, 36):
    print(base, int("10", base), int("11", base))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 12, 36))
print(int(to_base(987654321, 7), 7))
for bad in ["", "abc", "1.5", "1__0", "_1", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int(True), int(2.999), int(-0.5), int("  7 "))
print(int("١٢٣"))
