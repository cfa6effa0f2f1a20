# math: special values, exact sums and integer functions, CPython's error messages
import math
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10), math.fsum([1, 2**53, -2**53]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([2.0**-1074, 1.0, -1.0]), math.fsum([]), math.fsum([float('inf'), 1.0]))
for bad in ([float('inf'), float('-inf')], [1e308, 1e308]):
    try: math.fsum(bad)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(math.hypot(), math.hypot(-3), math.hypot(1e308, 1e308), math.hypot(3e-320, 4e-320), math.hypot(1.5, 2.5, 3.5), math.dist([1, 2, 3], [4, 6, 8]))
print(math.exp(1), math.exp(-745.2), math.log(10**400), math.log2(3), math.log10(2), math.log10(10**-5), math.log1p(1e-20), math.expm1(1e-10))
print(math.pow(0.0, 0.0), math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(-1, float('inf')), math.pow(-8, 1/3) if False else math.pow(-2, 3))
print(math.copysign(1, float('-nan')) < 0 or True, math.fmod(5, float('inf')), math.remainder(5, 2), math.remainder(-5, 2), math.modf(float('inf')), math.frexp(0.0), math.frexp(5e-324), math.ldexp(1, -1074))
print(math.factorial(30), math.comb(100, 50), math.perm(20, 10), math.isqrt(10**40 + 1), math.gcd(), math.lcm(), math.gcd(-12, 18), math.lcm(-4, 6))
print(math.floor(-0.5), math.ceil(1e-300), math.trunc(-1.9), math.floor(True), math.asinh(-2.5), math.acosh(10), math.atanh(-0.3), math.cbrt(-8))
print(math.gamma(1), math.gamma(10), math.lgamma(2.0), math.erf(-0.5), math.erfc(0.5), math.erfc(-1), math.isclose(1e-9, 2e-9), math.isclose(1.0, 1.0 + 1e-10))
print(math.prod([2, 3], start=5), math.prod([1.5, 2]), math.prod(["a"], start=3) if False else math.prod([]), math.degrees(1), math.radians(90))
for f, args in [(math.log, (0,)), (math.log, (-1,)), (math.sqrt, (-1,)), (math.exp, (1000,)), (math.factorial, (-1,)), (math.acos, (2,)),
                (math.gamma, (0,)), (math.ldexp, (1.0, 2000)), (math.log, (2, 1)), (math.perm, (3, -1)), (math.isqrt, (-1,)), (math.pow, (0, -1)),
                (math.fmod, (1, 0)), (math.floor, (float('nan'),)), (math.ceil, (float('inf'),)), (math.sqrt, ("x",)), (math.comb, (1.5, 1)), (math.trunc, ("x",))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
