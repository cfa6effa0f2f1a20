"""decimal's signals: the exceptional conditions an operation may meet, and their orders.

A condition sets the flag of its signal (the four InvalidOperation conditions all set
InvalidOperation's); a trapped one is raised, as _decimal raises it.
"""


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



for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
             DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = "decimal"
