# Floor division and modulo with negative operands (ints and floats)
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-0.0, 1.0)]:
    print(a, b, a // b, a % b)
print(-1 % 360, 361 % 360, -361 % 360)
print(5 % -1, -5 // 1)
print(divmod(-1.5, 1))
print((-13) // 4 * 4 + (-13) % 4)
print(-3.0 % 3.0, 3.0 % -3.0)
