"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic Specification).

A Decimal is a sign, an integer coefficient and an exponent, or a special value (Infinity,
NaN, sNaN). Each operation computes its result exactly, or to enough digits, and then
rounds it once to the current context (precision, rounding mode, exponent limits). The
exceptional conditions met on the way set the context's flags; those that are trapped raise,
named and listed as CPython's C implementation (_decimal) raises them.

This file holds the number itself (Decimal, its construction and conversions); the rest of the
module lives beside it and is re-exported here:
  _decimal_signals   the signals (exceptions) and their orders
  _decimal_context   Context, rounding a result to it, and the current context
  _decimal_arith     the operations on Decimal operands (sum, product, quotients, power, compare)
  _decimal_format    the text forms: parsing, to-sci-string, format()
  _decimal_math      integer arithmetic on coefficients: rounding, exp, ln, sqrt
The context and the operations make Decimals and Decimal uses them, so those two are imported
at the end of this file, once Decimal exists.
"""

import math as _math
from collections import namedtuple as _namedtuple

import _decimal_format
from _decimal_format import parse_number as _parse_number, to_string as _to_string
import _decimal_math
from _decimal_math import (ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                           ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ndigits as _ndigits, rescale as _rescale,
                           round_coefficient as _round_coefficient, round_significant as _round_significant)
from _decimal_signals import (Clamped, ConversionSyntax, DecimalException, DivisionByZero, DivisionImpossible,
                              DivisionUndefined, FloatOperation, Inexact, InvalidContext, InvalidOperation,
                              Overflow, Rounded, Subnormal, Underflow)

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded", "Subnormal",
    "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
    "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext", "localcontext", "MAX_PREC",
    "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---- construction and conversion ----

def _dec(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = False
    return d


def _special(sign, kind, payload=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind  # "F" infinity, "n" quiet NaN, "N" signaling NaN
    d._is_special = True
    return d


def _fix_nan_payload(d, context):
    """A NaN's payload keeps at most prec - clamp digits."""
    limit = context.prec - context.clamp
    if d._int and _ndigits(d._int) > limit:
        return _special(d._sign, d._exp, d._int % 10 ** limit)
    return d


def _convert(other, strict=False):
    """other as a Decimal if it is a Decimal or an int; else NotImplemented, or TypeError if strict."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(1 if other < 0 else 0, abs(other), 0)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _from_float(f):
    if f != f:
        return _special(0 if _math.copysign(1.0, f) > 0 else 1, "n")
    sign = 0 if _math.copysign(1.0, f) > 0 else 1
    if f in (float("inf"), float("-inf")):
        return _INFINITIES[sign]
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is a power of two: n / 2**k == n * 5**k / 10**k
    return _dec(sign, n * 5 ** k, -k)


# ---- Decimal ----

class Decimal:
    """An immutable decimal floating point number."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            parsed = _parse_number(value)
            if parsed is None:
                d = _context(context)._invalid(ConversionSyntax)
            else:
                sign, coef, exp = parsed
                d = _special(sign, coef, exp) if isinstance(coef, str) else _dec(sign, coef, exp)
        elif isinstance(value, int):
            d = _convert(value)
        elif isinstance(value, float):
            _context(context)._signal([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _convert(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # -- text --

    def __str__(self, eng=False, context=None):
        return _to_string(self, eng, _context(context).capitals)

    def __repr__(self):
        return "Decimal('%s')" % self

    def to_eng_string(self, context=None):
        return _to_string(self, True, _context(context).capitals)

    def __format__(self, specifier, _localeconv=None):
        if not isinstance(specifier, str):
            raise TypeError("format() argument must be str, not %s" % type(specifier).__name__)
        context = getcontext()
        spec = _decimal_format.parse_spec(specifier)
        if spec.type is None:
            spec.type = "G" if context.capitals else "g"
        elif spec.type == "n":
            spec.type = "g"
        if spec.type in "gG" and spec.precision == 0:
            spec.precision = 1
        if self._is_special:
            return _decimal_format.render_special(self._sign, _to_string(self, False, 1).lstrip("-"), spec)
        sign, coef, exp = self._sign, self._int, self._exp
        if spec.type == "%":
            exp += 2
        precision, rounding = spec.precision, context.rounding
        if precision is not None:
            if spec.type in "eE":
                coef, exp = _round_significant(sign, coef, exp, precision + 1, rounding)
            elif spec.type in "fF%":
                coef, exp = _rescale(sign, coef, exp, -precision, rounding)
            elif spec.type in "gG" and _ndigits(coef) > precision:
                coef, exp = _round_significant(sign, coef, exp, precision, rounding)
        if not coef and exp > 0 and spec.type in "fF%":
            exp = 0
        if not coef and spec.no_neg_zero:
            sign = 0
        return _decimal_format.render(sign, str(coef), exp, spec)

    # -- structure --

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if not self._is_special or self._int else ()
        if self._exp == "F":
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    # -- predicates --

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == "F"

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        return self.adjusted() < _context(context).Emin

    def number_class(self, context=None):
        sign = "-" if self._sign else "+"
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        if self._exp == "F":
            return sign + "Infinity"
        if not self._int:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    # -- sign manipulation --

    def copy_abs(self):
        return _copy_with_sign(self, 0)

    def copy_negate(self):
        return _copy_with_sign(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        return _copy_with_sign(self, _convert(other, strict=True)._sign)

    def __neg__(self, context=None):
        return self._signed(1 - self._sign, context)

    def __pos__(self, context=None):
        return self._signed(self._sign, context)

    def __abs__(self, context=None):
        return self._signed(0, context)

    def _signed(self, sign, context):
        """self with the sign, rounded to the context; a zero result is +0 unless rounding is ROUND_FLOOR."""
        context = _context(context)
        if self._is_special:
            return _nan_result(self, None, context) or _INFINITIES[sign]
        if not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return context._finish(sign, self._int, self._exp)

    # -- arithmetic --
    # __add__, __radd__, __sub__, ... __divmod__, __rdivmod__ are made by _add_operators() at the end

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        context = _context(context)
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return NotImplemented
            return _power_modulo(self, other, modulo, context)
        return _power(self, other, context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__pow__(self, modulo, context=context)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (ties to even)."""
        return _remainder_near(self, other, context)

    def fma(self, other, third, context=None):
        """self * other + third, rounded once."""
        return _fma(self, other, third, context)

    # -- comparisons --

    def __eq__(self, other):
        operands = _comparison_operands(self, other, True)
        if operands is None:
            return NotImplemented
        x, y = operands
        if x.is_snan() or y.is_snan():
            getcontext()._signal([InvalidOperation])
            return False
        if x.is_nan() or y.is_nan():
            return False
        return _compare(x, y) == 0

    def __lt__(self, other):
        return _ordering(self, other, lambda c: c < 0)

    def __le__(self, other):
        return _ordering(self, other, lambda c: c <= 0)

    def __gt__(self, other):
        return _ordering(self, other, lambda c: c > 0)

    def __ge__(self, other):
        return _ordering(self, other, lambda c: c >= 0)

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _HASH_MODULUS
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, modulus) % modulus
        else:
            h = self._int * pow(_HASH_INVERSE_10, -self._exp, modulus) % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._is_special or self._int != 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1), or NaN if either operand is one."""
        context, other, nan = _operands(self, other, context)
        if nan is not None:
            return nan
        return Decimal(_compare(self, other))

    def compare_signal(self, other, context=None):
        context = _context(context)
        other = _convert(other, strict=True)
        if self.is_nan() or other.is_nan():
            return context._signal([InvalidOperation], _nan_result(self, other, context))
        return Decimal(_compare(self, other))

    def compare_total(self, other, context=None):
        """An order on every representation: -NaN < -Inf < ... < -0 < 0 < ... < Inf < sNaN < NaN."""
        return _compare_total(self, other, context)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, strict=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def max(self, other, context=None):
        return _min_max(self, other, context, True, False)

    def min(self, other, context=None):
        return _min_max(self, other, context, False, False)

    def max_mag(self, other, context=None):
        return _min_max(self, other, context, True, True)

    def min_mag(self, other, context=None):
        return _min_max(self, other, context, False, True)

    def same_quantum(self, other, context=None):
        other = _convert(other, strict=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # -- conversion to other types --

    def __int__(self):
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return float("-nan" if self._sign else "nan")
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR)) if not self._is_special else int(self)

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING)) if not self._is_special else int(self)

    def __round__(self, n=None):
        if n is None:
            if self._is_special:
                return int(self)
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_dec(0, 1, -n))

    # -- exponent and rounding --

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        return _quantize(self, exp, rounding, context)

    def normalize(self, context=None):
        """self rounded to the context, then with its trailing zeros stripped."""
        context = _context(context)
        if self._is_special:
            return _nan_result(self, None, context) or self
        d = context._fix(self)
        if d._is_special:
            return d
        if not d._int:
            return _dec(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        top = context.Emax if not context.clamp else context.Etop()
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _dec(d._sign, coef, exp)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, with no signals."""
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded."""
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, signalling):
        context = _context(context)
        rounding = _rounding_arg(rounding, context)
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._exp >= 0:
            return self
        coef, inexact = _round_coefficient(self._int, -self._exp, self._sign, rounding)
        if not signalling or not self._int:
            return _dec(self._sign, coef, 0)
        return context._signal(([Inexact] if inexact else []) + [Rounded], _dec(self._sign, coef, 0))

    def scaleb(self, other, context=None):
        context, other, nan = _operands(self, other, context)
        if nan is not None:
            return nan
        if other._is_special or other._exp != 0:
            return context._invalid()
        limit = 2 * (context.Emax + context.prec)
        n = int(other)
        if not -limit <= n <= limit:
            return context._invalid()
        if self._is_special:
            return self
        return context._finish(self._sign, self._int, self._exp + n)

    def logb(self, context=None):
        context = _context(context)
        nan = _nan_result(self, None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return _INFINITIES[0]
        if not self._int:
            return context._signal([DivisionByZero], _INFINITIES[1])
        return context._fix(Decimal(self.adjusted()))

    def next_plus(self, context=None):
        return self._next(context, 0)

    def next_minus(self, context=None):
        return self._next(context, 1)

    def _next(self, context, sign):
        """The neighbour toward +Infinity (sign 0) or -Infinity (sign 1)."""
        context = _context(context)
        nan = _nan_result(self, None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return self if self._sign == sign else _dec(1 - sign, 10 ** context.prec - 1, context.Etop())
        return _nudge(self, context, ROUND_FLOOR if sign else ROUND_CEILING)

    def next_toward(self, other, context=None):
        context, other, nan = _operands(self, other, context)
        if nan is not None:
            return nan
        c = _compare(self, other)
        if c == 0:
            return _copy_with_sign(self, other._sign)
        result = self.next_minus(context) if c > 0 else self.next_plus(context)
        conditions = []
        if result._exp == "F":
            conditions += [Overflow, Inexact, Rounded]
        elif result.adjusted() < context.Emin:
            conditions += [Underflow, Subnormal, Inexact, Rounded]
            if not result._int:
                conditions.append(Clamped)
        return context._signal(conditions, result)

    # -- functions --

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even)."""
        return _sqrt(self, context)

    def exp(self, context=None):
        """e ** self, correctly rounded (half even)."""
        return _exp(self, context)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half even)."""
        return _logarithm(self, context, lambda d, context: Decimal(0) if d._is_one() else None,
                               _decimal_math.ln_of)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half even); exact for powers of ten."""
        return _logarithm(self, context, _exact_log10, _decimal_math.log10_of)

    def _is_one(self):
        return self._exp <= 0 and self._int == 10 ** -self._exp

    def _is_integral(self):
        return not self._is_special and (self._exp >= 0 or self._int % 10 ** -self._exp == 0)

    def _is_odd(self):
        """For an integral value: whether it is odd (without building a huge int)."""
        if self._exp > 0:
            return False
        return (self._int // 10 ** -self._exp) & 1 == 1

    # -- logical operations (on operands whose digits are all 0 or 1) --

    def _logical_digits(self, context):
        if self._is_special or self._sign or self._exp != 0 or set(str(self._int)) - {"0", "1"}:
            return None
        return str(self._int).rjust(context.prec, "0")[-context.prec:]

    def _logical(self, other, context, op):
        context = _context(context)
        other = _convert(other, strict=True)
        a, b = self._logical_digits(context), other._logical_digits(context)
        if a is None or b is None:
            return context._invalid()
        digits = "".join("1" if op(x == "1", y == "1") else "0" for x, y in zip(a, b))
        return _dec(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x and y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x != y)

    def logical_invert(self, context=None):
        context = _context(context)
        return self._logical(_dec(0, int("1" * context.prec), 0), context, lambda x, y: x != y)

    def shift(self, other, context=None):
        """The coefficient's digits (as prec digits) moved left by other places, right if negative."""
        return self._moved_digits(other, context, False)

    def rotate(self, other, context=None):
        """The coefficient's digits (as prec digits) rotated left by other places, right if negative."""
        return self._moved_digits(other, context, True)

    def _moved_digits(self, other, context, rotate):
        context, other, nan = _operands(self, other, context)
        if nan is not None:
            return nan
        if other._is_special or other._exp != 0 or not -context.prec <= int(other) <= context.prec:
            return context._invalid()
        if self._is_special:
            return self
        n = int(other)
        digits = str(self._int).rjust(context.prec, "0")[-context.prec:]
        if rotate:
            moved = digits[n:] + digits[:n]
        elif n >= 0:
            moved = (digits + "0" * n)[-context.prec:]
        else:
            moved = digits[:n] or "0"
        return _dec(self._sign, int(moved), self._exp)

    # -- copying and pickling --

    def __reduce__(self):
        return type(self), (str(self),)

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(str(self))

    def __deepcopy__(self, memo):
        return self if type(self) is Decimal else type(self)(str(self))


_NAN = _special(0, "n")
_INFINITIES = (_special(0, "F"), _special(1, "F"))
_HASH_MODULUS = (1 << 61) - 1
_HASH_INVERSE_10 = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _copy_with_sign(d, sign):
    if d._is_special:
        return _special(sign, d._exp, d._int)
    return _dec(sign, d._int, d._exp)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + digit
    if exp == "F":
        return _INFINITIES[sign]
    if isinstance(exp, str):
        return _special(sign, exp, coef)
    return _dec(sign, coef, exp)


def _operands(d, other, context):
    """For an operation of d and other: the context, other as a Decimal (TypeError if it is not a
    Decimal or an int), and the result if either is a NaN (else None)."""
    context = _context(context)
    other = _convert(other, strict=True)
    return context, other, _nan_result(d, other, context)


def _exact_log10(d, context):
    """log10(d) if d is a power of ten (then exact), else None."""
    power = _power_of_ten(d)
    return None if power is None else context._fix(Decimal(power))


def _rounding_arg(rounding, context):
    return context.rounding if rounding is None else _check_rounding(rounding)


def _check_rounding(rounding):
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
    return rounding


def _register_number():
    try:
        import numbers
    except ImportError:
        return
    numbers.Number.register(Decimal)


_register_number()


from _decimal_context import (BasicContext, Context, DefaultContext, ExtendedContext, _add_context_methods,
                              _context, getcontext, localcontext, setcontext)
from _decimal_arith import (_add, _compare, _compare_total, _comparison_operands, _divide, _divide_integer, _exp,
                            _floor_divide, _fma, _logarithm, _min_max, _modulo, _multiply, _nan_result, _nudge,
                            _ordering, _power, _power_modulo, _power_of_ten, _quantize, _remainder_near, _sqrt,
                            _subtract)


def _operator(operation, reflected):
    """Decimal.__<op>__ (or __r<op>__): operation(self, other, context), NotImplemented for other types."""
    if reflected:
        def method(self, other, context=None):
            other = _convert(other)
            return NotImplemented if other is NotImplemented else operation(other, self, _context(context))
    else:
        def method(self, other, context=None):
            other = _convert(other)
            return NotImplemented if other is NotImplemented else operation(self, other, _context(context))
    return method


def _add_operators():
    for name, operation in (("add", _add), ("sub", _subtract), ("mul", _multiply), ("truediv", _divide),
                            ("floordiv", _floor_divide), ("mod", _modulo), ("divmod", _divide_integer)):
        for dunder, reflected in (("__%s__" % name, False), ("__r%s__" % name, True)):
            method = _operator(operation, reflected)
            method.__name__, method.__qualname__ = dunder, "Decimal." + dunder
            setattr(Decimal, dunder, method)


_add_operators()
_add_context_methods()
