"""Dates, times and durations: date, time, datetime, timedelta, tzinfo and timezone.

Dates are proleptic Gregorian from year 1 to 9999. Every value is immutable and kept as
plain ints in slots; a date converts to and from its ordinal (day 1 is 0001-01-01) for
arithmetic. Reprs, messages and rounding follow CPython 3.11's C implementation.

This file holds date, time and datetime; the rest lives beside it and is re-exported here:
  _datetime_support    calendar arithmetic, field checks, ISO 8601 text, type names, comparisons
  _datetime_timedelta  timedelta
  _datetime_tz         tzinfo, timezone and the checks of a tzinfo's results
"""

import time as _time
import math as _math

from _datetime_support import (MAXYEAR, MINYEAR, _DAY_NAMES, _MAX_ORDINAL, _MONTH_NAMES, _US_PER_DAY,
                               _US_PER_SECOND, _check_date_fields, _check_int, _check_time_fields, _cmperror,
                               _comparisons, _days_before_month, _format_time, _invalid_isoformat,
                               _iso_date_length, _iso_week1_monday, _isocalendar_to_ymd, _ordinal_to_ymd,
                               _parse_hms, _parse_iso_date, _type_name, _ymd_to_ordinal)
from _datetime_timedelta import timedelta
from _datetime_tz import UTC, _format_offset, _parse_iso_offset, _tz_call, _tzname_of, timezone, tzinfo

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


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
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

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
        return "%s(%s%s)" % (_type_name(self), fields, _tz_fold_repr(self._fold, self._tzinfo))

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
        return "%s(%d, %d, %d, %d, %d%s%s)" % (_type_name(self), self._year, self._month, self._day,
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
