"""decimal's operations on Decimal operands: the sum, product, quotients, power, comparisons,
and the signalling NaN results; each rounds its exact result once, through Context._finish.

Part of the decimal module: decimal.py imports this once Decimal exists (the two need each other).
"""

import math as _math

from decimal import Decimal, _convert, _dec, _fix_nan_payload, _from_float, _INFINITIES, _rounding_arg, _special
from _decimal_context import Context, _context, getcontext
from _decimal_format import to_string as _to_string
import _decimal_math
from _decimal_math import (ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ndigits as _ndigits,
                           round_coefficient as _round_coefficient)
from _decimal_signals import (Clamped, DivisionByZero, DivisionImpossible, DivisionUndefined, FloatOperation,
                              Inexact, InvalidOperation, Rounded)


def _nan_result(a, b, context):
    """The NaN an operation on a (and b) gives, or None when neither is a NaN."""
    for x in (a, b):
        if x is not None and x._exp == "N":
            return context._signal([InvalidOperation], _fix_nan_payload(_special(x._sign, "n", x._int), context))
    for x in (a, b):
        if x is not None and x._exp == "n":
            return _fix_nan_payload(x, context)
    return None


def _sticky_below(d, exp_floor):
    """d, or (if all its digits lie below 10**exp_floor) a one-digit stand-in that rounds the same."""
    if d._exp + _ndigits(d._int) - 1 < exp_floor:
        return _dec(d._sign, 1, exp_floor)
    return d


def _add(a, b, context, negate=False):
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        bsign = b._sign ^ negate
        if a._exp == "F":
            if b._exp == "F" and a._sign != bsign:
                return context._invalid()
            return _INFINITIES[a._sign]
        return _INFINITIES[bsign]
    bsign = b._sign ^ negate
    exp = min(a._exp, b._exp)
    floor = context.rounding == ROUND_FLOOR
    if not a._int and not b._int:
        sign = (a._sign | bsign) if floor else (a._sign & bsign)
        return context._finish(sign, 0, exp)
    if not a._int:
        exp = max(exp, b._exp - context.prec - 1)
        return context._finish(bsign, _rescale_coefficient(b, exp), exp)
    if not b._int:
        exp = max(exp, a._exp - context.prec - 1)
        return context._finish(a._sign, _rescale_coefficient(a, exp), exp)
    b = _dec(bsign, b._int, b._exp)
    big, small = (a, b) if a._exp >= b._exp else (b, a)
    if big._exp - small._exp > context.prec + 2:
        # digits of the smaller operand far below the larger's precision only matter as a sticky bit
        small = _sticky_below(small, big._exp + min(-1, _ndigits(big._int) - context.prec - 2))
    exp = small._exp
    x = big._int * 10 ** (big._exp - exp)
    y = small._int
    total = (-x if big._sign else x) + (-y if small._sign else y)
    if total == 0:
        return context._finish(1 if floor else 0, 0, exp)
    return context._finish(1 if total < 0 else 0, abs(total), exp)


def _subtract(a, b, context):
    return _add(a, b, context, negate=True)


def _rescale_coefficient(d, exp):
    """d's coefficient at the lower exponent exp (exact)."""
    return d._int * 10 ** (d._exp - exp)


def _multiply(a, b, context):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if (a._exp == "F" and not b._is_special and not b._int) or (
                b._exp == "F" and not a._is_special and not a._int):
            return context._invalid()
        return _INFINITIES[sign]
    return context._finish(sign, a._int * b._int, a._exp + b._exp)


def _divide(a, b, context, rounding=None):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if a._exp == "F":
            return context._invalid() if b._exp == "F" else _INFINITIES[sign]
        return context._signal([Clamped], _dec(sign, 0, context.Etiny()))
    if not b._int:
        if not a._int:
            return context._invalid(DivisionUndefined)
        return context._signal([DivisionByZero], _INFINITIES[sign])
    ideal = a._exp - b._exp
    if not a._int:
        return context._finish(sign, 0, ideal)
    shift = _ndigits(b._int) - _ndigits(a._int) + context.prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1  # a sticky last digit: the true quotient lies strictly between q and q + 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return context._finish(sign, q, exp, rounding)


def _divide_integer(a, b, context, want_quotient=True, want_remainder=True):
    """(a // b, a % b), the quotient truncated toward zero as Decimal's // and % do. Only the
    wanted parts are computed (the other is None), so only their conditions are signalled."""
    def result(quotient, remainder):
        return (quotient() if want_quotient else None), (remainder() if want_remainder else None)

    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan, nan
        if a._exp == "F":
            if b._exp == "F":
                return result(context._invalid, context._invalid)
            return result(lambda: _INFINITIES[sign], context._invalid)
        return result(lambda: _dec(sign, 0, 0), lambda: context._fix(a))
    if not b._int:
        if not a._int:
            return result(lambda: context._invalid(DivisionUndefined), lambda: context._invalid(DivisionUndefined))
        return result(lambda: context._signal([DivisionByZero], _INFINITIES[sign]), context._invalid)
    ideal = min(a._exp, b._exp)
    expdiff = a.adjusted() - b.adjusted()
    if not a._int or expdiff <= -2:
        return result(lambda: context._finish(sign, 0, 0),
                      lambda: context._finish(a._sign, _rescale_coefficient(a, ideal), ideal))
    if expdiff <= context.prec:
        q, r = divmod(a._int * 10 ** (a._exp - ideal), b._int * 10 ** (b._exp - ideal))
        if q < 10 ** context.prec:
            return result(lambda: context._finish(sign, q, 0), lambda: context._finish(a._sign, r, ideal))
    return result(lambda: context._invalid(DivisionImpossible), lambda: context._invalid(DivisionImpossible))


def _floor_divide(a, b, context):
    return _divide_integer(a, b, context, True, False)[0]


def _modulo(a, b, context):
    return _divide_integer(a, b, context, False, True)[1]


def _compare(a, b):
    """-1, 0 or 1 for finite or infinite (not NaN) a and b."""
    if a._is_special or b._is_special:
        ai = (-1 if a._sign else 1) if a._exp == "F" else 0
        bi = (-1 if b._sign else 1) if b._exp == "F" else 0
        if ai == bi:
            return 0
        if ai or bi:
            return -1 if ai < bi else 1
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ordering = 1 if a._sign else -1  # how |a| < |b| orders a and b
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        return ordering if aa < ba else -ordering
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    if x == y:
        return 0
    return ordering if x < y else -ordering


def _comparison_operands(a, other, equality_only):
    """(x, y) whose comparison orders a and other, or None when other is not a number decimal
    compares with: ints and Decimals as they are, floats exactly (signalling FloatOperation,
    which only ordering raises), a fraction n/d as a * d against n."""
    if isinstance(other, (Decimal, int)):
        return a, _convert(other)
    if isinstance(other, float):
        context = getcontext()
        dict.__setitem__(context.flags, FloatOperation, True)
        if not equality_only and context.traps[FloatOperation]:
            raise FloatOperation([FloatOperation])
        return a, _from_float(other)
    if isinstance(other, complex):
        if equality_only and other.imag == 0:
            return _comparison_operands(a, other.real, equality_only)
        return None
    numerator, denominator = getattr(other, "numerator", None), getattr(other, "denominator", None)
    if isinstance(numerator, int) and isinstance(denominator, int) and denominator > 0:
        if a._is_special:
            return a, _convert(numerator)
        return _dec(a._sign, a._int * denominator, a._exp), _convert(numerator)
    return None


def _ordering(a, other, op):
    operands = _comparison_operands(a, other, False)
    if operands is None:
        return NotImplemented
    x, y = operands
    if x.is_nan() or y.is_nan():
        getcontext()._signal([InvalidOperation])
        return False
    return op(_compare(x, y))


def _total_rank(d):
    """Within one sign, numbers come first, then Infinity, sNaN and NaN (by payload)."""
    if d._exp == "n":
        return (3, d._int)
    if d._exp == "N":
        return (2, d._int)
    if d._exp == "F":
        return (1, 0)
    return (0, 0)


def _compare_total_numeric(a, b):
    """Breaks ties between numerically equal finite values as max/min do: by sign, then exponent."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    larger_exp = 1 if a._exp > b._exp else -1
    return -larger_exp if a._sign else larger_exp


def _nudge(d, context, rounding):
    """The neighbour of finite d toward +Infinity (ROUND_CEILING) or -Infinity (ROUND_FLOOR)."""
    quiet = Context(prec=context.prec, rounding=rounding, Emin=context.Emin, Emax=context.Emax,
                    clamp=context.clamp, traps=[])
    etiny = context.Etiny()
    # one unit far below d's last digit, in the direction of the rounding
    exp = min(d._exp, d.adjusted() - context.prec, etiny) - 2
    toward = _dec(0 if rounding == ROUND_CEILING else 1, 1, exp)
    return _add(d, toward, quiet)


def _power_of_ten(d):
    """k if d == 10**k exactly, else None."""
    if d._sign or d._int <= 0:
        return None
    coef, exp = d._int, d._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    return exp if coef == 1 else None


def _exponent_range(context):
    return max(context.Emax, -context.Etiny()) + context.prec


def _power(base, exponent, context):
    if base._is_special or exponent._is_special:
        nan = _nan_result(base, exponent, context)
        if nan is not None:
            return nan
    if not exponent._is_special and not exponent._int:
        if not base._is_special and not base._int:
            return context._invalid()
        return Decimal(1)
    integral = exponent._is_integral()
    sign = base._sign if integral and exponent._is_odd() else 0
    if base._sign and not integral and (base._is_special or base._int):
        return context._invalid()
    if exponent._exp == "F":
        magnitude = _compare(base.copy_abs(), _dec(0, 1, 0))
        if magnitude == 0:
            return context._finish(0, 10 ** (context.prec - 1), 1 - context.prec, None, [Inexact, Rounded])
        grows = (magnitude > 0) != bool(exponent._sign)
        return _INFINITIES[0] if grows else _dec(0, 0, 0)
    if base._exp == "F":
        return _INFINITIES[sign] if not exponent._sign else _dec(sign, 0, 0)
    if not base._int:
        return _INFINITIES[sign] if exponent._sign else _dec(sign, 0, 0)
    if integral and exponent.adjusted() < 9:
        n = abs(int(exponent))
        if n * _ndigits(base._int) <= 4 * context.prec + 100:
            coef, exp = base._int ** n, base._exp * n
            # libmpdec multiplies with half-even rounding: a result far below Etiny becomes 0 in any mode
            adjusted = exp + _ndigits(coef) - 1
            vanishing = not exponent._sign and adjusted < context.Etiny() - 1
            rounding = ROUND_HALF_EVEN if vanishing else None
            if not exponent._sign:
                return context._finish(sign, coef, exp, rounding)
            return _divide(_dec(0, 1, 0), _dec(sign, coef, exp), context, rounding)
    if base._is_one() and integral:
        return context._finish(sign, 1, 0)
    # inexact, through exp(y ln |x|); first rule out results far beyond the exponent range
    estimate = _estimate_log10_power(base, exponent)
    limit = _exponent_range(context)
    if estimate > limit + 2:
        return context._finish(sign, 1, limit * 3)
    if estimate < -limit - 2:
        return context._finish(sign, 1, -limit * 3, None, [Inexact, Rounded])
    coef, exp = _decimal_math.power_of(base._int, base._exp, exponent._sign, exponent._int, exponent._exp,
                                       context.prec, context.rounding, sign)
    return context._finish(sign, coef, exp)


def _estimate_log10_power(base, exponent):
    """Roughly log10(|base| ** exponent), as a float (maybe infinite)."""
    digits = str(base._int)[:17]
    log10_base = _math.log10(int(digits)) + base._exp + _ndigits(base._int) - len(digits)
    try:
        y = float(_to_string(exponent, False, 1))
    except OverflowError:
        y = float("inf") if not exponent._sign else float("-inf")
    if log10_base == 0:
        return 0.0
    return y * log10_base


def _power_modulo(base, exponent, modulo, context):
    nan = _nan_result(base, exponent, context) or _nan_result(modulo, None, context)
    if nan is not None:
        return nan
    if not (base._is_integral() and exponent._is_integral() and modulo._is_integral()):
        return context._invalid()
    m = abs(int(modulo))
    if exponent._sign or not m or _ndigits(m) > context.prec or (not base._int and not exponent._int):
        return context._invalid()
    sign = base._sign if exponent._is_odd() else 0
    return _dec(sign, pow(abs(int(base)), int(exponent), m), 0)


def _quantize(d, exp, rounding, context):
    """d rounded to the exponent of exp."""
    context = _context(context)
    exp = _convert(exp, strict=True)
    rounding = _rounding_arg(rounding, context)
    if d._is_special or exp._is_special:
        nan = _nan_result(d, exp, context)
        if nan is not None:
            return nan
        if d._exp == "F" and exp._exp == "F":
            return d
        return context._invalid()
    target = exp._exp
    if not context.Etiny() <= target <= context.Emax:
        return context._invalid()
    if not d._int:
        return context._finish(d._sign, 0, target)
    if d._exp >= target:
        coef, inexact = d._int * 10 ** (d._exp - target), False
    else:
        coef, inexact = _round_coefficient(d._int, target - d._exp, d._sign, rounding)
    if _ndigits(coef) > context.prec or (coef and _ndigits(coef) - 1 + target > context.Emax):
        return context._invalid()
    conditions = []
    if target > d._exp:
        if inexact:
            conditions.append(Inexact)
        conditions.append(Rounded)
    # coef fits the precision: _finish only adds Subnormal, or Clamped under clamp=1
    return context._finish(d._sign, coef, target, None, conditions)


def _remainder_near(d, other, context):
    """d - n * other, n the integer nearest d / other (ties to even)."""
    context = _context(context)
    other = _convert(other, strict=True)
    if d._is_special or other._is_special:
        nan = _nan_result(d, other, context)
        if nan is not None:
            return nan
        if d._exp == "F":
            return context._invalid()
        return context._fix(d)
    if not other._int:
        return context._invalid(DivisionUndefined if not d._int else InvalidOperation)
    ideal = min(d._exp, other._exp)
    expdiff = d.adjusted() - other.adjusted()
    if not d._int or expdiff <= -2:
        return context._finish(d._sign, _rescale_coefficient(d, ideal), ideal)
    if expdiff > context.prec:
        return context._invalid(DivisionImpossible)
    x = d._int * 10 ** (d._exp - ideal)
    y = other._int * 10 ** (other._exp - ideal)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q & 1):
        r -= y
        q += 1
    if q >= 10 ** context.prec:
        return context._invalid(DivisionImpossible)
    sign = d._sign
    if r < 0:
        sign, r = 1 - sign, -r
    return context._finish(sign, r, ideal)


def _fma(d, other, third, context):
    """d * other + third, rounded once."""
    context = _context(context)
    other = _convert(other, strict=True)
    third = _convert(third, strict=True)
    for x in (d, other, third):
        if x.is_snan():
            return _nan_result(x, None, context)
    if d._is_special or other._is_special:
        product = _multiply(d, other, context)
    else:
        product = _dec(d._sign ^ other._sign, d._int * other._int, d._exp + other._exp)
    return _add(product, third, context)


def _sqrt(d, context):
    """The square root, correctly rounded (half even)."""
    context = _context(context)
    if d._is_special:
        return _nan_result(d, None, context) or (context._invalid() if d._sign else d)
    ideal = d._exp // 2
    if not d._int:
        return context._finish(d._sign, 0, ideal)
    if d._sign:
        return context._invalid()
    root, exp, exact = _decimal_math.sqrt_exact_or_sticky(d._int, d._exp, context.prec)
    if exact:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return context._finish(0, root, exp, ROUND_HALF_EVEN)


def _exp(d, context):
    """e ** d, correctly rounded (half even)."""
    context = _context(context)
    if d._is_special:
        return _nan_result(d, None, context) or (_dec(0, 0, 0) if d._sign else d)
    if not d._int:
        return Decimal(1)
    limit = _exponent_range(context)
    if d.adjusted() > len(str(limit)):
        # e**x is far beyond the exponent range: overflow, or underflow to zero
        exp = limit * 3 if not d._sign else -limit * 3
        return context._finish(0, 1, exp, ROUND_HALF_EVEN, [Inexact, Rounded] if d._sign else None)
    coef, exp = _decimal_math.exp_of(d._sign, d._int, d._exp, context.prec)
    return context._finish(0, coef, exp, ROUND_HALF_EVEN)


def _logarithm(d, context, exact, approximate):
    """The special cases ln and log10 share, then exact(d, context), or if that is None
    approximate(coef, exp, prec) rounded half even."""
    context = _context(context)
    if d._is_special:
        return _nan_result(d, None, context) or (context._invalid() if d._sign else d)
    if not d._int:
        return _INFINITIES[1]
    if d._sign:
        return context._invalid()
    result = exact(d, context)
    if result is not None:
        return result
    sign, coef, exp = approximate(d._int, d._exp, context.prec)
    return context._finish(sign, coef, exp, ROUND_HALF_EVEN)


def _compare_total(d, other, context):
    """An order on every representation: -NaN < -Inf < ... < -0 < 0 < ... < Inf < sNaN < NaN."""
    other = _convert(other, strict=True)
    if d._sign != other._sign:
        return Decimal(-1 if d._sign else 1)
    rank_d, rank_other = _total_rank(d), _total_rank(other)
    if rank_d != rank_other or rank_d[0]:
        c = (rank_d > rank_other) - (rank_d < rank_other)
    else:
        c = _compare(d.copy_abs(), other.copy_abs()) or (d._exp > other._exp) - (d._exp < other._exp)
    return Decimal(-c if d._sign else c)


def _min_max(d, other, context, pick_max, magnitude):
    context = _context(context)
    other = _convert(other, strict=True)
    if d.is_nan() or other.is_nan():
        if d._exp == "N" or other._exp == "N":
            return _nan_result(d, other, context)
        if d._exp == "n" and not other.is_nan():
            return context._fix(other)
        if other._exp == "n" and not d.is_nan():
            return context._fix(d)
        return _nan_result(d, other, context)
    a, b = (d.copy_abs(), other.copy_abs()) if magnitude else (d, other)
    c = _compare(a, b) or _compare_total_numeric(d, other)
    if pick_max:
        chosen = d if c >= 0 else other
    else:
        chosen = d if c <= 0 else other
    return context._fix(chosen)
