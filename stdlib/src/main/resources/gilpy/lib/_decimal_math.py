"""Integer arithmetic behind decimal: digit counts, rounding of coefficients, and the
transcendental functions (exp, ln, log10, real powers) to any number of digits.

A finite decimal is (sign, coefficient, exponent) with value coefficient * 10**exponent.
The transcendental functions work in fixed point: an int F stands for F / 10**w. Each returns
an approximation with an error bound, and approximate() widens the working precision until
the bound no longer straddles a rounding boundary, so results are correctly rounded.
"""

from math import isqrt

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"


def ndigits(n):
    """The number of decimal digits of n >= 0 (1 for 0), without str() on huge ints."""
    if n < 10 ** 18:
        return len(str(n))
    d = (((n.bit_length() - 1) * 1233) >> 12) + 1  # 10**(d-1) <= n: 1233/4096 < log10(2)
    while n >= 10 ** d:
        d += 1
    return d


def round_coefficient(coef, drop, sign, rounding):
    """Drops the last `drop` digits of coef, rounding by the mode; returns (kept, inexact)."""
    if drop <= 0 or coef == 0:
        return coef, False
    if drop > 20 and coef < 10 ** (drop - 2):
        # every digit is discarded and lies below half a unit: a sticky 1 rounds the same
        coef, drop = 1, 2
    unit = 10 ** drop
    kept, rest = divmod(coef, unit)
    if rest == 0:
        return kept, False
    half = unit // 2
    if rounding == ROUND_HALF_EVEN:
        up = rest > half or (rest == half and kept & 1)
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP: away from zero only when the kept digit is 0 or 5
        up = kept % 5 == 0
    return kept + 1 if up else kept, True


def round_to_digits(coef, exp, digits, sign, rounding):
    """(coef, exp) rounded to at most `digits` significant digits, and whether that was inexact."""
    drop = ndigits(coef) - digits
    if drop <= 0:
        return coef, exp, False
    kept, inexact = round_coefficient(coef, drop, sign, rounding)
    exp += drop
    if kept == 10 ** digits:
        kept //= 10
        exp += 1
    return kept, exp, inexact


# ---- fixed-point constants and series ----

def _atanh_inverse(m, w):
    """atanh(1/m) * 10**w, for an int m > 1, with an error of a few units."""
    total = term = 10 ** w // m
    m2 = m * m
    k = 3
    while term:
        term //= m2
        total += term // k
        k += 2
    return total


_constants = {}


def _ln2(w):
    cached = _constants.get(("ln2", w))
    if cached is None:
        cached = _constants[("ln2", w)] = 2 * _atanh_inverse(3, w)
    return cached


def _ln10(w):
    cached = _constants.get(("ln10", w))
    if cached is None:
        # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9)
        guard = w + 5
        value = 3 * _ln2(guard) + 2 * _atanh_inverse(9, guard)
        cached = _constants[("ln10", w)] = value // 10 ** 5
    return cached


def _ln_fixed(coef, exp, w):
    """ln(coef * 10**exp) * 10**w, error below 10 units, for coef > 0."""
    n = ndigits(coef)
    decade = exp + n - 1                      # x = m * 10**decade with 1 <= m < 10
    g = w + ndigits(abs(decade)) + 5          # guard digits for decade * ln 10
    one = 10 ** g
    shift = g - (n - 1)
    m = coef * 10 ** shift if shift >= 0 else coef // 10 ** -shift
    halvings = 0
    while m > one * 14 // 10:                 # m / 2**k close to 1 speeds up the series
        m //= 2
        halvings += 1
    # ln m = 2 atanh((m - 1) / (m + 1)), summed on |m - 1| so that the terms shrink to 0
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    total = term = z
    k = 3
    while term:
        term = term * z2 // one
        total += term // k
        k += 2
    if m < one:
        total = -total
    result = 2 * total + halvings * _ln2(g) + decade * _ln10(g)
    return result // 10 ** (g - w) if result >= 0 else -((-result) // 10 ** (g - w))


def _exp_fixed(x, w):
    """e**(x / 10**w) as (m, e10) with m * 10**e10 within a few units of m's last digit;
    m has w + 3 digits.

    x / ln 10 splits into an integer k and a fraction; e to the remaining part of ln 10 comes
    from a Taylor series on it divided by 2**10, squared back ten times.
    """
    g = w + ndigits(abs(x) // 10 ** w) + 8
    one = 10 ** g
    xg = x * 10 ** (g - w)
    ln10 = _ln10(g)
    k = xg // ln10
    f = (xg - k * ln10) >> 10                  # 0 <= f < ln(10) / 1024
    total = term = one
    i = 1
    while term:
        term = term * f // (one * i)
        total += term
        i += 1
    for _ in range(10):
        total = total * total // one
    # total / 10**g is e**f in [1, 10)
    return total // 10 ** (g - w - 2), k - w - 2


def _scaled(coef, exp, w):
    """coef * 10**exp * 10**w, truncated to an int."""
    shift = exp + w
    return coef * 10 ** shift if shift >= 0 else coef // 10 ** -shift


# ---- correctly rounded results ----

def approximate(compute, digits, rounding=ROUND_HALF_EVEN, sign=0):
    """Calls compute(w) for growing w until its (value, e10, error) rounds unambiguously to
    `digits` significant digits; returns (coef, exp) with a sticky last digit, so later
    rounding to the context still sees an inexact value. A result that stays ambiguous is
    taken to be the short number it approaches (as 2.25 ** 0.5 is 1.5), less a sticky digit."""
    w = digits + 8
    while True:
        value, e10, error = compute(w)
        lo, hi = value - error, value + error
        if lo > 0:
            a = round_to_digits(lo * 10 + 1, e10 - 1, digits, sign, rounding)[:2]
            b = round_to_digits(hi * 10 - 1, e10 - 1, digits, sign, rounding)[:2]
            if a == b:
                return value * 10 + 1, e10 - 1
            if w > 4 * digits + 100:
                coef, exp = round_to_digits(value, e10, digits + 1, sign, ROUND_HALF_EVEN)[:2]
                return coef * 10 - 1, exp - 1  # still inexact, and just below as libmpdec's
        w += w // 2 + 10


# A unit in the last place of an exp argument moves the result by a relative 10**-w, which
# is 100 to 1000 units of m's last digit: the bounds below allow for twice that.

def exp_of(sign, coef, exp, digits):
    """e**x for the finite nonzero x = (-1)**sign * coef * 10**exp, as a sticky (coef, exp)."""
    def compute(w):
        x = _scaled(coef, exp, w)
        return _exp_fixed(-x if sign else x, w) + (2000,)
    return approximate(compute, digits)


def ln_of(coef, exp, digits):
    """ln x for x = coef * 10**exp > 0, x != 1: (sign, coef, exp) with a sticky last digit."""
    extra = _leading_zeros_of_ln(coef, exp)

    def compute(w):
        return abs(_ln_fixed(coef, exp, w + extra)), -(w + extra), 20
    return (1 if _less_than_one(coef, exp) else 0,) + approximate(compute, digits)


def log10_of(coef, exp, digits):
    """log10 x for x = coef * 10**exp > 0, not a power of ten: (sign, coef, exp), sticky."""
    extra = _leading_zeros_of_ln(coef, exp)

    def compute(w):
        g = w + extra + 3
        return abs(_ln_fixed(coef, exp, g)) * 10 ** g // _ln10(g), -g, 40
    return (1 if _less_than_one(coef, exp) else 0,) + approximate(compute, digits)


def power_of(coef, exp, ysign, ycoef, yexp, digits, rounding, sign):
    """x**y = e**(y ln x) for x = coef * 10**exp > 0, as a sticky (coef, exp); the caller gives
    the result its sign and handles the exact cases."""
    extra = _leading_zeros_of_ln(coef, exp)
    y_ceiling = _scaled(ycoef, yexp, 0) + 1

    def compute(w):
        g = w + extra + ndigits(y_ceiling) + 2
        # ln x is within 2 units at g digits, so y ln x is within 2|y| + 1 units
        product = _ln_fixed(coef, exp, g) * ycoef
        product = product * 10 ** yexp if yexp >= 0 else product // 10 ** -yexp
        m, e10 = _exp_fixed(-product if ysign else product, g)
        return m, e10, 2000 * (2 * y_ceiling + 1)
    return approximate(compute, digits, rounding, sign)


def _less_than_one(coef, exp):
    return ndigits(coef) + exp <= 0


def _leading_zeros_of_ln(coef, exp):
    """Roughly how many zeros follow the point in ln x: many when x is close to 1."""
    n = ndigits(coef)
    if n + exp not in (0, 1):
        return 0
    diff = abs(coef - 10 ** -exp) if exp < 0 else abs(coef * 10 ** exp - 1)
    if diff == 0:
        return 0
    # |x - 1| = diff * 10**min(exp, 0)
    return max(0, -(ndigits(diff) + min(exp, 0))) + 2


def sqrt_exact_or_sticky(coef, exp, digits):
    """sqrt(coef * 10**exp) with at least digits + 1 digits: (coef, exp, exact)."""
    if exp & 1:
        coef *= 10
        exp -= 1
    n = ndigits(coef)
    k = max(0, digits + 2 - (n + 1) // 2)
    scaled = coef * 100 ** k
    root = isqrt(scaled)
    exact = root * root == scaled
    if not exact and root % 5 == 0:
        root += 1
    return root, exp // 2 - k, exact


def round_significant(sign, coef, exp, places, rounding):
    """A nonzero (coef, exp) rounded or zero-padded to exactly `places` significant digits."""
    if not coef:
        return coef, exp
    adjusted = exp + ndigits(coef) - 1
    coef, exp = rescale(sign, coef, exp, adjusted + 1 - places, rounding)
    if ndigits(coef) > places:  # rounding carried into a new digit
        coef, exp = rescale(sign, coef, exp, exp + 1, rounding)
    return coef, exp


def rescale(sign, coef, exp, target, rounding):
    if exp >= target:
        return coef * 10 ** (exp - target), target
    return round_coefficient(coef, target - exp, sign, rounding)[0], target


