# OverflowError and related messages
import math
cases = [
    lambda: math.exp(1000),
    lambda: 2.0 ** 5000,
    lambda: float(10 ** 400),
    lambda: int(float("inf")),
    lambda: 10 ** 400 / 1,
    lambda: math.factorial(-1),
    lambda: [0] * (2 ** 70),
    lambda: "x" * (2 ** 70),
    lambda: range(2 ** 70)[2 ** 69: 2 ** 69 + 1] if False else len(range(2 ** 70)),
    lambda: (2 ** 70).to_bytes(2, "big"),
    lambda: math.ldexp(1.0, 5000),
    lambda: round(1e308, -400) if False else (1e308).__round__(2),
]
for c in cases:
    try:
        r = c()
        print("no error", type(r).__name__)
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
print(10 ** 400 // 10 ** 399, math.isinf(1e308 * 10))
