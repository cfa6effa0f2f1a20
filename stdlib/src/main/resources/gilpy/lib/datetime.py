"""Dates, times and durations: date, time, datetime, timedelta, tzinfo and timezone.

Dates are proleptic Gregorian from year 1 to 9999. Every value is immutable and kept as
plain ints in slots; a date converts to and from its ordinal (day 1 is 0001-01-01) for
arithmetic. Reprs, messages and rounding follow CPython 3.11's C implementation.
"""

import time as _time
import math as _math
from operator import eq as _eq, ge as _ge, gt as _gt, index as _index, le as _le, lt as _lt, ne as _ne

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---- calendar arithmetic ----

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = 0
    for m in range(1, month):
        days += _DAYS_IN_MONTH[m]
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # 146097 days make 400 years exactly: estimate the year, then correct it by at most one
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day = n - _days_before_year(year)
    month = 1
    while day > _days_in_month(year, month):
        day -= _days_in_month(year, month)
        month += 1
    return year, month, day


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _check_int(value):
    return _index(value)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _check_int(hour), _check_int(minute), _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _class_prefix(obj):
    """CPython's C types show as 'datetime.date'; a subclass shows its bare name."""
    cls = type(obj)
    if cls in (date, datetime, time, timedelta, timezone):
        return "datetime." + cls.__name__
    return cls.__name__


def _round_half_even(num, den):
    """num / den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


_INF = float("inf")


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


# ---- strftime and ISO 8601 helpers ----

def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        text += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            text += ".%06d" % rest.microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    """Expands %z, %Z and %f, which time.strftime cannot know, then formats the rest."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            out.append(ch)
            continue
        d = fmt[i]
        i += 1
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "") if off is not None else "")
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name.replace("%", "%%") if name is not None else "")
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), timetuple)


def _parse_digits(s, pos, count):
    part = s[pos:pos + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """The date part of an ISO 8601 string: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    year = _parse_digits(s, 0, 4)
    extended = len(s) > 4 and s[4] == "-"
    pos = 5 if extended else 4
    if s[pos:pos + 1] == "W":
        week = _parse_digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if extended:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            day = _parse_digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError
        return _isocalendar_to_ymd(year, week, day)
    month = _parse_digits(s, pos, 2)
    pos += 2
    if extended:
        if s[pos:pos + 1] != "-":
            raise ValueError
        pos += 1
    day = _parse_digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError
    return year, month, day


def _iso_date_length(s):
    """How many leading characters of a datetime string are its date part."""
    if len(s) > 4 and s[4] == "-":
        if s[5:6] == "W":
            return 10 if s[8:9] == "-" else 8
        return 10
    if s[4:5] == "W":
        # YYYYWww or YYYYWwwD: the day is there unless a separator follows the week
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


def _parse_iso_time(s):
    """HH[:MM[:SS[.ffffff]]] or the basic HHMMSS forms, then an optional UTC offset or Z."""
    tz = None
    for i, ch in enumerate(s):
        if ch in "+-Z":
            tz = _parse_iso_offset(s[i:])
            s = s[:i]
            break
    hour, minute, second, microsecond = _parse_hms(s)
    return hour, minute, second, microsecond, tz


def _parse_hms(s):
    extended = len(s) > 2 and s[2] == ":"
    fields = [0, 0, 0]
    pos = 0
    for k in range(3):
        fields[k] = _parse_digits(s, pos, 2)
        pos += 2
        if pos == len(s) or s[pos] in ".,":
            break
        if k == 2:
            raise ValueError
        if extended:
            if s[pos] != ":":
                raise ValueError
            pos += 1
    microsecond = 0
    if pos < len(s):
        if s[pos] not in ".," or k != 2:
            raise ValueError
        digits = s[pos + 1:]
        if not digits or not digits.isdigit() or not digits.isascii():
            raise ValueError
        microsecond = int((digits + "00000")[:6])
    return fields[0], fields[1], fields[2], microsecond


def _parse_iso_offset(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    if s[0] not in "+-":
        raise ValueError
    hh, mm, ss, us = _parse_hms(s[1:])
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(sign * off)


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        long_year = week == 53 and (
            (_days_before_year(year) + 1) % 7 == 4 or (_is_leap(year) and (_days_before_year(year) + 1) % 7 == 3))
        if not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


def _invalid_isoformat(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    return offset


def _tz_call(tz, name, arg):
    if tz is None:
        return None
    return _check_utc_offset(name, getattr(tz, name)(arg))


def _tzname_of(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


# ---- comparisons ----

_COMPARISONS = (("__eq__", _eq, True), ("__ne__", _ne, True), ("__lt__", _lt, False), ("__le__", _le, False),
                ("__gt__", _gt, False), ("__ge__", _ge, False))


def _comparison(class_name, name, op, equality):
    def method(self, other):
        return self._compare(other, op, equality)
    method.__name__ = name
    method.__qualname__ = class_name + "." + name
    return method


def _comparisons(class_name):
    """__eq__, __ne__, __lt__, __le__, __gt__ and __ge__ of a class whose _compare(other, op,
    equality) applies op to the two values' keys, or gives NotImplemented."""
    return tuple(_comparison(class_name, name, op, equality) for name, op, equality in _COMPARISONS)


# ---- timedelta ----

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days carrying the sign."""

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
        return "%s(%s)" % (_class_prefix(self), ", ".join(parts) if parts else "0")

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


# ---- date ----

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternate constructors --

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _time.localtime(_timestamp_seconds(t))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise _invalid_isoformat(date_string)
        try:
            fields = _parse_iso_date(date_string)
        except (ValueError, IndexError):
            raise _invalid_isoformat(date_string) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    # -- fields --

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- conversions --

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_class_prefix(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month - 1], self._day,
                                            self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and today >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    # -- comparisons and arithmetic --

    def _date_key(self):
        return self._year, self._month, self._day

    def _compare(self, other, op, equality):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._date_key(), other._date_key())
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons("date")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), self._date_key()


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    weekday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dst))


def _timestamp_seconds(t):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if isinstance(t, float) and (t != t or t in (float("inf"), float("-inf"))):
        raise ValueError("Invalid value %s (use a number)" % ("NaN" if t != t else t))
    return t


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple with named fields."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is IsoCalendarDate else type(self).__name__, *self)


# ---- tzinfo and timezone ----

class tzinfo:
    """Abstract base for time zones: subclasses give utcoffset(), dst() and tzname()."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Local time of dt, which holds UTC; assumes dst() changes by whole standard offsets."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return type(self), args, state


class timezone(tzinfo):
    """A tzinfo with a fixed offset from UTC and an optional name."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        prefix = _class_prefix(self)
        if self._name is None:
            return "%s(%r)" % (prefix, self._offset)
        return "%s(%r, %r)" % (prefix, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---- time ----

class time:
    """A time of day, optionally with a tzinfo, independent of any date."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _set_time_fields(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            hour, minute, second, microsecond, tz = _parse_iso_time(s)
        except (ValueError, IndexError):
            raise _invalid_isoformat(time_string) from None
        return cls(hour, minute, second, microsecond, tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        return _tz_call(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _tz_call(self._tzinfo, "dst", None)

    def tzname(self):
        return _tzname_of(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            fields = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            fields = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            fields = "%d, %d" % (self._hour, self._minute)
        return "%s(%s%s)" % (_class_prefix(self), fields, _tz_fold_repr(self._fold, self._tzinfo))

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _wrap_strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _naive_key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def _compare(self, other, op, equality):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = self._tzinfo, other._tzinfo
        if mine is theirs:
            return op(self._naive_key(), other._naive_key())
        my_off, their_off = self.utcoffset(), other.utcoffset()
        if my_off == their_off:
            return op(self._naive_key(), other._naive_key())
        if my_off is None or their_off is None:
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(_time_minutes_key(self, my_off), _time_minutes_key(other, their_off))

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons("time")

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if not offset:
                self._hashcode = hash(t._naive_key())
            else:
                self._hashcode = hash(_time_minutes_key(t, offset))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = self._naive_key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


def _set_time_fields(t, hour, minute, second, microsecond, tzinfo, fold):
    """The time-of-day fields of a new time or datetime t (checked already)."""
    t._hour = hour
    t._minute = minute
    t._second = second
    t._microsecond = microsecond
    t._tzinfo = tzinfo
    t._fold = fold
    t._hashcode = -1


def _time_minutes_key(t, offset):
    us = ((t._hour * 60 + t._minute) * 60 + t._second) * _US_PER_SECOND + t._microsecond
    return us - offset._to_microseconds()


def _tz_fold_repr(fold, tz):
    text = ", fold=1" if fold else ""
    if tz is not None:
        text += ", tzinfo=%r" % (tz,)
    return text


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----

class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        _set_time_fields(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    # -- fields --

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- alternate constructors --

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        t = _timestamp_seconds(t)
        if isinstance(t, float):
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            whole = int(whole)
            if us >= _US_PER_SECOND:
                whole, us = whole + 1, us - _US_PER_SECOND
            elif us < 0:
                whole, us = whole - 1, us + _US_PER_SECOND
        else:
            whole, us = t, 0
        if utc:
            days, secs = divmod(whole, 86400)
            ordinal = _EPOCH_ORDINAL + days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise ValueError("year %d is out of range" % (_ordinal_to_ymd(max(ordinal, 1))[0]))
            y, m, d = _ordinal_to_ymd(ordinal)
            hh, rest = divmod(secs, 3600)
            mm, ss = divmod(rest, 60)
        else:
            try:
                y, m, d, hh, mm, ss, *_ = _time.localtime(whole)
            except OverflowError:
                raise OverflowError("timestamp out of range for platform time_t") from None
            ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._from_timestamp(t, tz is not None, tz)
        if tz is None and result._local_seconds() < _math.floor(t):
            result = result.replace(fold=1)  # the second time the clocks showed this
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise _invalid_isoformat(date_string)
        try:
            split = _iso_date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:split])
            if len(date_string) > split:
                rest = date_string[split + 1:]
                if not rest:
                    raise ValueError
                hh, mm, ss, us, tz = _parse_iso_time(rest)
            else:
                hh = mm = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise _invalid_isoformat(date_string) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        fields, fraction, gmtoff_fraction = _strptime._strptime(date_string, format)
        tz = None
        gmtoff = fields.tm_gmtoff
        if gmtoff is not None:
            offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(offset, fields.tm_zone) if fields.tm_zone else timezone(offset)
        return cls(*fields[:6], fraction, tz)

    # -- views --

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _tz_call(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _tz_call(self._tzinfo, "dst", self)

    def tzname(self):
        return _tzname_of(self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    # -- conversions --

    def __repr__(self):
        if self._microsecond:
            tail = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            tail = ", %d" % self._second
        else:
            tail = ""
        return "%s(%d, %d, %d, %d, %d%s%s)" % (_class_prefix(self), self._year, self._month, self._day,
                                               self._hour, self._minute, tail,
                                               _tz_fold_repr(self._fold, self._tzinfo))

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month - 1],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        t = self
        if offset:
            t = self - offset
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        """The POSIX time of this naive local time (whole seconds). A time the clocks repeat has
        two: fold picks the later. A time the clocks skip has none: it is read with the offset
        in force before the skip (fold=0) or after it (fold=1), as CPython does."""
        t = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        # no zone changes its offset twice within two days: the offsets a day either side are the candidates
        candidates = {t - _utc_offset_at(t - 86400), t - _utc_offset_at(t + 86400)}
        solutions = sorted(u for u in candidates if _wall_clock_at(u) == t)
        if solutions:
            return solutions[-1] if self._fold else solutions[0]
        return min(candidates) if self._fold else max(candidates)

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        ts = self.timestamp() if self._tzinfo is not None else self._local_seconds()
        local = _time.localtime(int(_math.floor(ts)))
        offset = timedelta(seconds=local.tm_gmtoff)
        return timezone(offset, local.tm_zone) if local.tm_zone else timezone(offset)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mine = self._tzinfo
        if mine is tz:
            return self
        offset = self.utcoffset()
        if offset is None:
            local = self._local_timezone()
            offset = local.utcoffset(self)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- comparisons and arithmetic --

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return op(0, 1)
                _cmperror(self, other)
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._naive_key(), other._naive_key())
        my_off, their_off = self.utcoffset(), other.utcoffset()
        if my_off is None or their_off is None:
            if my_off is None and their_off is None:
                return op(self._naive_key(), other._naive_key())
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = (self - other)._to_microseconds()
        return op(diff, 0)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons("datetime")

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._naive_key())
            else:
                self._hashcode = hash(t._total_microseconds() - offset._to_microseconds())
        return self._hashcode

    def _total_microseconds(self):
        seconds = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return seconds * _US_PER_SECOND + self._microsecond

    def _from_total(self, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(days)
        secs, microsecond = divmod(rest, _US_PER_SECOND)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)(y, m, d, hh, mm, ss, microsecond, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._from_total(self._total_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._from_total(self._total_microseconds() - other._to_microseconds())
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_microseconds() - other._total_microseconds()
        if self._tzinfo is not other._tzinfo:
            my_off, their_off = self.utcoffset(), other.utcoffset()
            if (my_off is None) != (their_off is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_off is not None:
                diff -= my_off._to_microseconds() - their_off._to_microseconds()
        return timedelta._from_microseconds(diff)

    def __reduce__(self):
        args = self._naive_key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


def _wall_clock_at(u):
    """The local wall-clock time at POSIX time u, counted in seconds from 1970-01-01 00:00."""
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    return (_ymd_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss


def _utc_offset_at(u):
    return _wall_clock_at(u) - u


_date_class = date
_time_class = time
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
