# math module
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(3, -0.0))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.pow(2, 10), math.pow(2, 0.5), 2 ** 0.5)
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.tanh(1), 10))
print(math.factorial(20), math.gcd(48, 180), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(50, 25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")), math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.erf(0), round(math.erf(1), 10), math.gamma(5), math.lgamma(1), round(math.gamma(0.5) ** 2, 10))
print(math.floor(1e20), math.ceil(-0.5), math.trunc(1e20))
try:
    math.sqrt(-4)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(3, -1)
except ValueError as e:
    print("ValueError:", e)
