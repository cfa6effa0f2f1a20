"""decimal.Context: precision, rounding and exponent limits, the signals' flags and traps, the
rounding of exact results to the context, and the current (thread-local) context.

Part of the decimal module: decimal.py imports this once Decimal exists (the two need each other).
"""

from operator import attrgetter as _attrgetter
import threading as _threading

from decimal import (MAX_EMAX, MAX_PREC, MIN_EMIN, Decimal, _check_rounding, _convert, _dec, _fix_nan_payload,
                     _INFINITIES, _NAN)
from _decimal_math import (ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP,
                           ndigits as _ndigits, round_coefficient as _round_coefficient)
from _decimal_signals import (_CONDITION_ORDER, _REPR_ORDER, _SIGNAL_OF, _SIGNALS, Clamped, DivisionByZero, Inexact,
                              InvalidOperation, Overflow, Rounded, Subnormal, Underflow, _signal_of)


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


def _int_in(low, high, message):
    """A check that an attribute's value is an int from low to high (ValueError(message) if not)."""
    def check(value):
        if not low <= _check_int(value) <= high:
            raise ValueError(message)
        return value
    return check


def _attribute(name, check):
    """A Context attribute kept in the slot _<name>; an assigned value passes check first, which
    raises as _decimal does or gives the value to keep."""
    slot = "_" + name

    def set_value(self, value):
        setattr(self, slot, check(value))
    return property(_attrgetter(slot), set_value)


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    __module__ = "decimal"

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

    prec = _attribute("prec", _int_in(1, MAX_PREC, "valid range for prec is [1, MAX_PREC]"))
    rounding = _attribute("rounding", _check_rounding)
    Emin = _attribute("Emin", _int_in(MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]"))
    Emax = _attribute("Emax", _int_in(0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]"))
    capitals = _attribute("capitals", _int_in(0, 1, "valid values for capitals are 0 or 1"))
    clamp = _attribute("clamp", _int_in(0, 1, "valid values for clamp are 0 or 1"))
    flags = _attribute("flags", lambda value: _signal_dict(value, "flags"))
    traps = _attribute("traps", lambda value: _signal_dict(value, "traps"))

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

    def power(self, a, b, modulo=None):
        return self._operand(a).__pow__(self._operand(b), modulo, context=self)

    def copy_decimal(self, a):
        return Decimal(self._operand(a))

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    # abs, add, ... the other operations are made from Decimal's by _add_context_methods()


def _context_method(name, arity, with_context, decimal_name=None):
    """The Context method that applies Decimal.<decimal_name> (by default the same name) to its
    operands (ints allowed)."""
    method = getattr(Decimal, decimal_name or name)
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
    """Context's operations; decimal.py calls this once Decimal has its operators."""
    for name, decimal_name in (("abs", "__abs__"), ("minus", "__neg__"), ("plus", "__pos__"),
                               ("to_sci_string", "__str__"), ("to_eng_string", None), ("number_class", None)):
        setattr(Context, name, _context_method(name, 1, True, decimal_name))
    for name, decimal_name in (("add", "__add__"), ("subtract", "__sub__"), ("multiply", "__mul__"),
                               ("divide", "__truediv__"), ("divide_int", "__floordiv__"), ("remainder", "__mod__"),
                               ("divmod", "__divmod__")):
        setattr(Context, name, _context_method(name, 2, True, decimal_name))
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



DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
