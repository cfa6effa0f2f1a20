"""datetime.timedelta: a duration, normalised to days, seconds and microseconds."""

from _datetime_support import (_MAX_DELTA_DAYS, _US_PER_DAY, _US_PER_SECOND, _INF, _comparisons,
                               _round_half_even, _type_name)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days carrying the sign."""

    __module__ = "datetime"

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # the sum is kept exact (floats become ratios) and rounded once, half to even
        num, den = 0, 1
        for value, scale, unit in ((days, _US_PER_DAY, "days"), (seconds, _US_PER_SECOND, "seconds"),
                                   (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"),
                                   (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                if value:
                    num += value * scale * den
                continue
            if not isinstance(value, float):
                raise TypeError("unsupported type for timedelta %s component: %s" % (unit, type(value).__name__))
            if value != value or value in (_INF, -_INF):
                raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value else "infinity"))
            n, d = value.as_integer_ratio()
            num, den = num * d + n * scale * den, den * d
        return cls._from_microseconds(_round_half_even(num, den))

    @classmethod
    def _from_microseconds(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        seconds, microseconds = divmod(rest, _US_PER_SECOND)
        if abs(days) > _MAX_DELTA_DAYS:
            if abs(days) >= 1 << 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) if parts else "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            if other != other or other in (_INF, -_INF):
                raise ValueError("cannot convert %s to integer ratio" % ("NaN" if other != other else "Infinity"))
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._divisor()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_microseconds() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds(), other)
                                                if other > 0 else
                                                _round_half_even(-self._to_microseconds(), -other))
        if isinstance(other, float):
            if other != other or other in (_INF, -_INF):
                raise ValueError("cannot convert float %s to integer ratio" % ("NaN" if other != other else "infinity"))
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("float division by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._divisor())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._divisor())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _divisor(self):
        us = self._to_microseconds()
        if us == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return us

    def _cmp_key(self):
        return self._days, self._seconds, self._microseconds

    def _compare(self, other, op, equality):
        if isinstance(other, timedelta):
            return op(self._cmp_key(), other._cmp_key())
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons("timedelta")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), self._cmp_key()


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)
