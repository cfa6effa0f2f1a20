# math.cbrt gives glibc's last bit (not always the correctly rounded one) on all kinds of arguments
import math
values = [0.0, -0.0, 1.0, -1.0, 8.0, 27.0, -27.0, 64.0, 125.0, 1000.0, 1e-3, 0.5, 0.125, 2.0, 3.0, 1 / 3,
          1e300, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.pi, math.e,
          float("inf"), float("-inf")]
values += [float(i ** 3) for i in range(1, 60)]
values += [i / 7.0 for i in range(-150, 150, 3)]
values += [math.ldexp(1.0 + k / 97.0, k * 13 - 600) for k in range(0, 97)]
values += [(-1) ** k * 10.0 ** k for k in range(-20, 21)]
lines = []
for v in values:
    lines.append(f"{v!r} {math.cbrt(v)!r}")
print("\n".join(lines))
print(math.cbrt(float("nan")), math.cbrt(27), math.cbrt(-8), math.cbrt(True))
total = 0.0
for i in range(1, 20001):
    total += math.cbrt(i * 0.731) - math.cbrt(i * 0.731 + 1e-9)
print(total.hex())
try:
    math.cbrt("x")
except TypeError as e:
    print("TypeError:", e)
