"""What the datetime types share: the proleptic Gregorian calendar as ordinals, the checks of
the fields, rounding, the ISO 8601 text forms of dates and times of day, the type names reprs
and messages show, and the rich comparisons. Plain ints and strings only: no datetime type.
"""

from operator import eq as _eq, ge as _ge, gt as _gt, index as _index, le as _le, lt as _lt, ne as _ne

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


def _type_name(obj):
    """CPython's C types show as 'datetime.date'; a subclass shows its bare name."""
    cls = type(obj)
    if cls.__module__ == "datetime":
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


# ---- ISO 8601 text of dates and times of day ----

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
