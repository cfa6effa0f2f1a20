# Arbitrary precision integers
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(f)))
print(f // (2 ** 20), f % 1000007)
b = 10 ** 40 + 12345
print(b, b * 3, b - 10 ** 40)
print(pow(3, 200))
print(pow(3, 200, 10 ** 9 + 7))
print((2 ** 128) >> 64, 1 << 100)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(-(2 ** 70) >> 3)
print(~(2 ** 80))
print(abs(-(10 ** 30)))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(2 ** 100 == 1267650600228229401496703205376)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 0)
print((10 ** 20) / (10 ** 10))
print(int("123456789012345678901234567890") + 1)
print(hex(2 ** 100), oct(2 ** 65), bin(2 ** 70))
print((2 ** 100).bit_length(), (255).bit_length(), (0).bit_length())
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
