# bin, oct, hex and their inverses
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 40)]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 2) == n, int(hex(n), 16) == n, int(oct(n), 8) == n)
print(format(10, "#b"), format(10, "b"), format(255, "#o"), format(255, "X"), format(-10, "#x"))
print(f"{42:08b}", f"{42:#010b}", f"{3054:#_x}", f"{0xdead:o}")
try:
    bin(1.5)
except TypeError as e:
    print("TypeError:", e)
