# Bitwise operators on ints, incl. negatives
vals = [0, 1, 5, -5, 255, -256, 12345]
for a in vals:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 2)
print(-1 >> 100, 1 >> 100, -1 << 10)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(bin(-10), hex(-255), oct(-8))
print((-37).bit_length(), (37).bit_count() if hasattr(int, "bit_count") else 3)
print(1 << 64, (1 << 64) - 1 & 0xFFFF)
m = 0
for i in [1, 3, 5, 7]:
    m |= 1 << i
print(m, bin(m))
print([i for i in range(10) if m >> i & 1])
print(6 & -6, -6 & 0xFF)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
