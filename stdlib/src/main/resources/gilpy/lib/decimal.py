"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic Specification).

A Decimal is a sign, an integer coefficient and an exponent, or a special value (Infinity,
NaN, sNaN). Each operation computes its result exactly, or to enough digits, and then
rounds it once to the current context (precision, rounding mode, exponent limits). The
exceptional conditions met on the way set the context's flags; those that are trapped raise,
named and listed as CPython's C implementation (_decimal) raises them.
"""

import math as _math
import threading as _threading
from collections import namedtuple as _namedtuple

import _decimal_format
from _decimal_math import (ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                           ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ndigits as _ndigits,
                           round_coefficient as _round_coefficient)
import _decimal_math

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


# ---- signals ----

class DecimalException(ArithmeticError):
    """Base of the exceptional conditions."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result; untrapped, it gives NaN."""


class ConversionSyntax(InvalidOperation):
    """A string is not a valid number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient has too many digits."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """A context was invalid."""


class Rounded(DecimalException):
    """Rounding discarded digits (maybe zeros)."""


class Subnormal(DecimalException):
    """A result's exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was also inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# _decimal's order: which trapped signal is raised, and how flags iterate
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped)
# the order of Context reprs (libmpdec's status bits)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow)
_INVALID_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)
_CONDITION_ORDER = _INVALID_CONDITIONS + _SIGNALS


_SIGNAL_OF = dict.fromkeys(_INVALID_CONDITIONS, InvalidOperation)


def _signal_of(condition):
    return _SIGNAL_OF.get(condition, condition)


# ---- contexts ----

class _SignalDict(dict):
    """Context.flags and Context.traps: a bool per signal."""

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, v) for s, v in self.items()) + "}"

    def __setitem__(self, key, value):
        if key not in self:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def copy(self):
        return _SignalDict(self)


def _signal_dict(value, name):
    result = _SignalDict((s, False) for s in _SIGNALS)
    if value is None:
        return result
    if isinstance(value, dict):
        if set(value) != set(_SIGNALS):
            raise KeyError("invalid signal dict")
        for s in _SIGNALS:
            dict.__setitem__(result, s, bool(value[s]))
        return result
    for s in value:
        if s not in _SIGNALS:
            raise KeyError("%s must be a signal dict" % name)
        dict.__setitem__(result, s, True)
    return result


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp", "_flags", "_traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = _signal_dict(flags, "flags")
        if traps is None and base is not None:
            self._traps = base._traps.copy()
        else:
            self._traps = _signal_dict(traps if traps is not None else
                                       [InvalidOperation, DivisionByZero, Overflow], "traps")

    # -- attributes, checked as _decimal checks them --

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags = _signal_dict(value, "flags")

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = _signal_dict(value, "traps")

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self._flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self._traps, s, False)

    def copy(self):
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                       self._flags.copy(), self._traps.copy())

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                          [s for s in _SIGNALS if self._flags[s]], [s for s in _SIGNALS if self._traps[s]]))

    def __repr__(self):
        def names(d):
            return "[" + ", ".join(s.__name__ for s in _REPR_ORDER if d[s]) + "]"
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)"
                % (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                   names(self._flags), names(self._traps)))

    # -- signalling --

    def _signal(self, conditions, result=None):
        """Sets the flags of the conditions; raises if any is trapped; else returns result."""
        if not conditions:
            return result
        trapped = []
        flags, traps = self._flags, self._traps
        for condition in conditions:
            signal = _SIGNAL_OF.get(condition, condition)
            dict.__setitem__(flags, signal, True)
            if traps[signal] and condition not in trapped:
                trapped.append(condition)
        if trapped:
            raised = next(s for s in _SIGNALS if any(_signal_of(c) is s for c in trapped))
            raise raised(sorted(trapped, key=_CONDITION_ORDER.index))
        return result

    def _invalid(self, condition=InvalidOperation):
        return self._signal([condition], _NAN)

    def _finish(self, sign, coef, exp, rounding=None, conditions=None):
        """The Decimal for (-1)**sign * coef * 10**exp rounded to this context, signals raised."""
        prec = self._prec
        if 0 < coef < 10 ** prec and not conditions and self._Emin - prec < exp <= self._Emax - prec + 1:
            # the common case: within the precision, normal and below any clamping
            if exp + _ndigits(coef) > self._Emin:
                return _dec(sign, coef, exp)
        conditions = [] if conditions is None else conditions
        rounding = rounding or self._rounding
        etiny = self._Emin - prec + 1
        etop = self._Emax - prec + 1
        if coef == 0:
            top = etop if self._clamp else self._Emax
            fitted = min(max(exp, etiny), top)
            if fitted != exp:
                conditions.append(Clamped)
            return self._signal(conditions, _dec(sign, 0, fitted))
        target = exp + _ndigits(coef) - prec       # the exponent that leaves prec digits
        if target > etop:
            conditions += [Overflow, Inexact, Rounded]
            return self._signal(conditions, self._overflow_result(sign, rounding))
        subnormal = target < etiny
        if subnormal:
            target = etiny
        if exp < target:
            kept, inexact = _round_coefficient(coef, target - exp, sign, rounding)
            if kept >= 10 ** prec:
                kept //= 10
                target += 1
                if target > etop:
                    conditions += [Overflow, Inexact, Rounded]
                    return self._signal(conditions, self._overflow_result(sign, rounding))
            if subnormal:
                if inexact:
                    conditions.append(Underflow)
                conditions.append(Subnormal)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            if kept == 0:
                conditions.append(Clamped)
            return self._signal(conditions, _dec(sign, kept, target))
        if subnormal:
            conditions.append(Subnormal)
        if self._clamp and exp > etop:
            conditions.append(Clamped)
            coef *= 10 ** (exp - etop)
            exp = etop
        return self._signal(conditions, _dec(sign, coef, exp))

    def _overflow_result(self, sign, rounding):
        to_infinity = (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                       or (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1))
        if to_infinity:
            return _INFINITIES[sign]
        return _dec(sign, 10 ** self._prec - 1, self._Emax - self._prec + 1)

    def _fix(self, d):
        """d rounded to this context (NaN payloads kept)."""
        if d._is_special:
            return d
        return self._finish(d._sign, d._int, d._exp)

    # -- the arithmetic operations, as methods --

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        if d._exp == "N" or d._exp == "n":
            return _fix_nan_payload(d, self)
        return self._fix(d)

    def create_decimal_from_float(self, f):
        return self._fix(Decimal.from_float(f))

    def _operand(self, a):
        return _convert(a, strict=True)

    def abs(self, a):
        return self._operand(a).__abs__(context=self)

    def add(self, a, b):
        return _add(self._operand(a), self._operand(b), self)

    def subtract(self, a, b):
        return _add(self._operand(a), self._operand(b), self, negate=True)

    def multiply(self, a, b):
        return _multiply(self._operand(a), self._operand(b), self)

    def divide(self, a, b):
        return _divide(self._operand(a), self._operand(b), self)

    def divide_int(self, a, b):
        return _divide_integer(self._operand(a), self._operand(b), self, True, False)[0]

    def remainder(self, a, b):
        return _divide_integer(self._operand(a), self._operand(b), self, False, True)[1]

    def divmod(self, a, b):
        return _divide_integer(self._operand(a), self._operand(b), self)

    def power(self, a, b, modulo=None):
        return self._operand(a).__pow__(self._operand(b), modulo, context=self)

    def minus(self, a):
        return self._operand(a).__neg__(context=self)

    def plus(self, a):
        return self._operand(a).__pos__(context=self)

    def to_sci_string(self, a):
        return _to_string(self._operand(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(self._operand(a), True, self._capitals)

    def copy_decimal(self, a):
        return Decimal(self._operand(a))

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def number_class(self, a):
        return self._operand(a).number_class(context=self)


def _context_method(name, arity, with_context):
    """The Context method that applies Decimal.<name> to its operands (ints allowed)."""
    method = getattr(Decimal, name)
    if arity == 1:
        if with_context:
            def operation(self, a):
                return method(self._operand(a), context=self)
        else:
            def operation(self, a):
                return method(self._operand(a))
    elif with_context:
        def operation(self, a, b):
            return method(self._operand(a), self._operand(b), context=self)
    else:
        def operation(self, a, b):
            return method(self._operand(a), self._operand(b))
    operation.__name__ = operation.__qualname__ = name
    return operation


def _add_context_methods():
    for name in ("exp", "ln", "log10", "logb", "sqrt", "normalize", "next_minus", "next_plus", "to_integral",
                 "to_integral_exact", "to_integral_value", "is_normal", "is_subnormal", "logical_invert"):
        setattr(Context, name, _context_method(name, 1, True))
    for name in ("copy_abs", "copy_negate", "is_finite", "is_infinite", "is_nan", "is_qnan", "is_signed",
                 "is_snan", "is_zero"):
        setattr(Context, name, _context_method(name, 1, False))
    for name in ("compare", "compare_signal", "max", "max_mag", "min", "min_mag", "next_toward", "quantize",
                 "remainder_near", "rotate", "scaleb", "shift", "logical_and", "logical_or", "logical_xor",
                 "copy_sign"):
        setattr(Context, name, _context_method(name, 2, True))
    for name in ("compare_total", "compare_total_mag", "same_quantum"):
        setattr(Context, name, _context_method(name, 2, False))

    def fma(self, a, b, c):
        return self._operand(a).fma(b, c, context=self)
    Context.fma = fma


_local = _threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    try:
        return _local.context
    except AttributeError:
        context = _local.context = Context()
        return context


def setcontext(context):
    """Makes context the current thread's context (the three templates are copied first)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


_CONTEXT_ATTRIBUTES = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context) current."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    context = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_ATTRIBUTES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(context, key, value)
    return _ContextManager(context)


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


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


def _parse(text):
    """(sign, coef, exp) or (sign, kind, payload) for a numeric string, None if malformed."""
    s = text.strip().replace("_", "")  # _decimal ignores underscores wherever they are
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, "F", 0
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, kind, 0
            return (sign, kind, int(payload)) if payload.isdecimal() else None
    mantissa, exp = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, exponent = s.partition(marker)
            digits = exponent[1:] if exponent[:1] in "+-" else exponent
            if not digits.isdecimal():
                return None
            exp = int(exponent)
            break
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    return sign, int(whole + frac), exp - len(frac)


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


def _to_string(d, eng, capitals):
    """The to-scientific-string (or to-engineering-string) of the specification."""
    sign = "-" if d._sign else ""
    if d._is_special:
        if d._exp == "F":
            return sign + "Infinity"
        name = "NaN" if d._exp == "n" else "sNaN"
        return sign + name + (str(d._int) if d._int else "")
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart, fracpart = "0", "." + "0" * -dotplace + digits
    elif dotplace >= len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
    if leftdigits == dotplace:
        exppart = ""
    else:
        exppart = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
    return sign + intpart + fracpart + exppart


# ---- the operations ----

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


# ---- Decimal ----

class Decimal:
    """An immutable decimal floating point number."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            parsed = _parse(value)
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
        context = _context(context)
        if self._is_special:
            return _nan_result(self, None, context) or _INFINITIES[1 - self._sign]
        sign = 1 - self._sign
        if not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return context._finish(sign, self._int, self._exp)

    def __pos__(self, context=None):
        context = _context(context)
        if self._is_special:
            return _nan_result(self, None, context) or self
        sign = self._sign
        if not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return context._finish(sign, self._int, self._exp)

    def __abs__(self, context=None):
        context = _context(context)
        if self._is_special:
            return _nan_result(self, None, context) or _INFINITIES[0]
        return context._finish(0, self._int, self._exp)

    # -- arithmetic --

    def __add__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _add(self, other, _context(context))

    def __radd__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _add(other, self, _context(context))

    def __sub__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _add(self, other, _context(context), True)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _add(other, self, _context(context), True)

    def __mul__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _multiply(self, other, _context(context))

    def __rmul__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _multiply(other, self, _context(context))

    def __truediv__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide(self, other, _context(context))

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide(other, self, _context(context))

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(self, other, _context(context), True, False)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(other, self, _context(context), True, False)[0]

    def __mod__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(self, other, _context(context), False, True)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(other, self, _context(context), False, True)[1]

    def __divmod__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(self, other, _context(context))

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        return NotImplemented if other is NotImplemented else _divide_integer(other, self, _context(context))

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
        context = _context(context)
        other = _convert(other, strict=True)
        if self._is_special or other._is_special:
            nan = _nan_result(self, other, context)
            if nan is not None:
                return nan
            if self._exp == "F":
                return context._invalid()
            return context._fix(self)
        if not other._int:
            return context._invalid(DivisionUndefined if not self._int else InvalidOperation)
        ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or expdiff <= -2:
            return context._finish(self._sign, _rescale_coefficient(self, ideal), ideal)
        if expdiff > context.prec:
            return context._invalid(DivisionImpossible)
        x = self._int * 10 ** (self._exp - ideal)
        y = other._int * 10 ** (other._exp - ideal)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            r -= y
            q += 1
        if q >= 10 ** context.prec:
            return context._invalid(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return context._finish(sign, r, ideal)

    def fma(self, other, third, context=None):
        """self * other + third, rounded once."""
        context = _context(context)
        other = _convert(other, strict=True)
        third = _convert(third, strict=True)
        for x in (self, other, third):
            if x.is_snan():
                return _nan_result(x, None, context)
        if self._is_special or other._is_special:
            product = _multiply(self, other, context)
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(product, third, context)

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
        context = _context(context)
        other = _convert(other, strict=True)
        nan = _nan_result(self, other, context)
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
        other = _convert(other, strict=True)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        rank_self, rank_other = _total_rank(self), _total_rank(other)
        if rank_self != rank_other or rank_self[0]:
            c = (rank_self > rank_other) - (rank_self < rank_other)
        else:
            c = _compare(self.copy_abs(), other.copy_abs()) or (self._exp > other._exp) - (self._exp < other._exp)
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, strict=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _min_max(self, other, context, pick_max, magnitude):
        context = _context(context)
        other = _convert(other, strict=True)
        if self.is_nan() or other.is_nan():
            if self._exp == "N" or other._exp == "N":
                return _nan_result(self, other, context)
            if self._exp == "n" and not other.is_nan():
                return context._fix(other)
            if other._exp == "n" and not self.is_nan():
                return context._fix(self)
            return _nan_result(self, other, context)
        a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
        c = _compare(a, b) or _compare_total_numeric(self, other)
        if pick_max:
            chosen = self if c >= 0 else other
        else:
            chosen = self if c <= 0 else other
        return context._fix(chosen)

    def max(self, other, context=None):
        return self._min_max(other, context, True, False)

    def min(self, other, context=None):
        return self._min_max(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._min_max(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._min_max(other, context, False, True)

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
        context = _context(context)
        exp = _convert(exp, strict=True)
        rounding = _rounding_arg(rounding, context)
        if self._is_special or exp._is_special:
            nan = _nan_result(self, exp, context)
            if nan is not None:
                return nan
            if self._exp == "F" and exp._exp == "F":
                return self
            return context._invalid()
        target = exp._exp
        if not context.Etiny() <= target <= context.Emax:
            return context._invalid()
        if not self._int:
            return context._finish(self._sign, 0, target)
        if self._exp >= target:
            coef, inexact = self._int * 10 ** (self._exp - target), False
        else:
            coef, inexact = _round_coefficient(self._int, target - self._exp, self._sign, rounding)
        if _ndigits(coef) > context.prec or (coef and _ndigits(coef) - 1 + target > context.Emax):
            return context._invalid()
        conditions = []
        if target > self._exp:
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
        # coef fits the precision: _finish only adds Subnormal, or Clamped under clamp=1
        return context._finish(self._sign, coef, target, None, conditions)

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
        context = _context(context)
        rounding = _rounding_arg(rounding, context)
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._exp >= 0:
            return self
        return _dec(self._sign, _round_coefficient(self._int, -self._exp, self._sign, rounding)[0], 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded."""
        context = _context(context)
        rounding = _rounding_arg(rounding, context)
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._exp >= 0:
            return self
        if not self._int:
            return _dec(self._sign, 0, 0)
        coef, inexact = _round_coefficient(self._int, -self._exp, self._sign, rounding)
        return context._signal(([Inexact] if inexact else []) + [Rounded], _dec(self._sign, coef, 0))

    def scaleb(self, other, context=None):
        context = _context(context)
        other = _convert(other, strict=True)
        nan = _nan_result(self, other, context)
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
        context = _context(context)
        nan = _nan_result(self, None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return self if self._sign == 0 else _dec(1, 10 ** context.prec - 1, context.Etop())
        return _nudge(self, context, ROUND_CEILING)

    def next_minus(self, context=None):
        context = _context(context)
        nan = _nan_result(self, None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return self if self._sign == 1 else _dec(0, 10 ** context.prec - 1, context.Etop())
        return _nudge(self, context, ROUND_FLOOR)

    def next_toward(self, other, context=None):
        context = _context(context)
        other = _convert(other, strict=True)
        nan = _nan_result(self, other, context)
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
        context = _context(context)
        if self._is_special:
            nan = _nan_result(self, None, context)
            if nan is not None:
                return nan
            return context._invalid() if self._sign else self
        ideal = self._exp // 2
        if not self._int:
            return context._finish(self._sign, 0, ideal)
        if self._sign:
            return context._invalid()
        root, exp, exact = _decimal_math.sqrt_exact_or_sticky(self._int, self._exp, context.prec)
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        return context._finish(0, root, exp, ROUND_HALF_EVEN)

    def exp(self, context=None):
        """e ** self, correctly rounded (half even)."""
        context = _context(context)
        if self._is_special:
            nan = _nan_result(self, None, context)
            if nan is not None:
                return nan
            return _dec(0, 0, 0) if self._sign else self
        if not self._int:
            return Decimal(1)
        limit = _exponent_range(context)
        if self.adjusted() > len(str(limit)):
            # e**x is far beyond the exponent range: overflow, or underflow to zero
            exp = limit * 3 if not self._sign else -limit * 3
            return context._finish(0, 1, exp, ROUND_HALF_EVEN, [Inexact, Rounded] if self._sign else None)
        coef, exp = _decimal_math.exp_of(self._sign, self._int, self._exp, context.prec)
        return context._finish(0, coef, exp, ROUND_HALF_EVEN)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half even)."""
        context = _context(context)
        if self._is_special:
            nan = _nan_result(self, None, context)
            if nan is not None:
                return nan
            return context._invalid() if self._sign else self
        if not self._int:
            return _INFINITIES[1]
        if self._sign:
            return context._invalid()
        if self._is_one():
            return Decimal(0)
        sign, coef, exp = _decimal_math.ln_of(self._int, self._exp, context.prec)
        return context._finish(sign, coef, exp, ROUND_HALF_EVEN)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half even); exact for powers of ten."""
        context = _context(context)
        if self._is_special:
            nan = _nan_result(self, None, context)
            if nan is not None:
                return nan
            return context._invalid() if self._sign else self
        if not self._int:
            return _INFINITIES[1]
        if self._sign:
            return context._invalid()
        power = _power_of_ten(self)
        if power is not None:
            return context._fix(Decimal(power))
        sign, coef, exp = _decimal_math.log10_of(self._int, self._exp, context.prec)
        return context._finish(sign, coef, exp, ROUND_HALF_EVEN)

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

    def _shift_amount(self, other, context):
        other = _convert(other, strict=True)
        nan = _nan_result(self, other, context)
        if nan is not None:
            return nan, None
        if other._is_special or other._exp != 0 or not -context.prec <= int(other) <= context.prec:
            return context._invalid(), None
        return None, int(other)

    def shift(self, other, context=None):
        context = _context(context)
        result, n = self._shift_amount(other, context)
        if result is not None:
            return result
        if self._is_special:
            return self
        digits = str(self._int).rjust(context.prec, "0")[-context.prec:]
        shifted = (digits + "0" * n)[-context.prec:] if n >= 0 else digits[:n] or "0"
        return _dec(self._sign, int(shifted), self._exp)

    def rotate(self, other, context=None):
        context = _context(context)
        result, n = self._shift_amount(other, context)
        if result is not None:
            return result
        if self._is_special:
            return self
        digits = str(self._int).rjust(context.prec, "0")[-context.prec:]
        rotated = digits[n:] + digits[:n]
        return _dec(self._sign, int(rotated), self._exp)

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


def _rounding_arg(rounding, context):
    if rounding is None:
        return context.rounding
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
    return rounding


def _round_significant(sign, coef, exp, places, rounding):
    """A nonzero (coef, exp) rounded or zero-padded to exactly `places` significant digits."""
    if not coef:
        return coef, exp
    adjusted = exp + _ndigits(coef) - 1
    coef, exp = _rescale(sign, coef, exp, adjusted + 1 - places, rounding)
    if _ndigits(coef) > places:  # rounding carried into a new digit
        coef, exp = _rescale(sign, coef, exp, exp + 1, rounding)
    return coef, exp


def _rescale(sign, coef, exp, target, rounding):
    if exp >= target:
        return coef * 10 ** (exp - target), target
    return _round_coefficient(coef, target - exp, sign, rounding)[0], target


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


def _register_number():
    try:
        import numbers
    except ImportError:
        return
    numbers.Number.register(Decimal)


_register_number()


_add_context_methods()


# ---- the template contexts ----

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
