# Integer arithmetic on small values
a, b = 17, 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** b)
print(-a, +a, abs(-a))
print(2 ** 10, 2 ** 0, 0 ** 0)
print(7 // 1, 7 % 1)
print(10 - 3 - 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(1 + 2 * 3, (1 + 2) * 3)
print(100 // 7 * 7 + 100 % 7)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
print(divmod(17, 5), divmod(-17, 5))
print(int(3.9), int(-3.9), int("42"), int("-0"))
print(5 / 1, type(5 / 1).__name__)
print(2 ** -1, 10 ** -2)
print(True + True, True * 10, False - 1)
print(3 * -1, -3 * -1)
print(1_000_000 + 1)
n = 12345
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(digits)
