# inf, nan and negative zero behavior
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 10 ** 300, -inf < -10 ** 300, nan < 1, nan > 1, nan == nan)
print(1 / inf, -1 / inf, inf / inf)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(nan))
print(math.copysign(1, -0.0), -0.0 == 0.0, str(-0.0), abs(-0.0))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(max(inf, 1), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
print(nan in [nan], [nan] == [nan], nan is nan)
x = nan
print(x in [x], [x] == [x])
print(int(1e18), float(2 ** 1023) * 2)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2.0 ** 1023 * 2, -(2.0 ** 1023) * 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
