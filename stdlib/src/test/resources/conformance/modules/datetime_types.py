# The datetime types' names, reprs, pickling and tzinfo checks (across the module's parts)
import copy
import datetime as dt
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR


class MyDelta(timedelta):
    pass


class MyZone(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=1)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return "MY"

    def __repr__(self):
        return "MyZone()"


class BadZone(tzinfo):
    def utcoffset(self, d):
        return 5


for cls in (date, datetime, time, timedelta, timezone, tzinfo):
    print(cls, cls.__module__, cls.__qualname__)
print(MINYEAR, MAXYEAR, UTC, repr(UTC), timezone.min, timezone.max, repr(timezone(timedelta(hours=-3), "X")))
print(repr(timedelta(1, 2, 3)), repr(MyDelta(hours=5)), repr(timedelta.max), repr(-timedelta.resolution))
values = [timedelta(1, 2, 3), MyDelta(2), timezone(timedelta(hours=2), "Z2"), UTC, date(2020, 2, 29),
          time(1, 2, 3, 4, tzinfo=timezone.max), datetime(2020, 1, 1, 12, tzinfo=MyZone()), MyZone()]
for v in values:
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(v, proto))
        print(type(back).__name__, repr(back))
    print(repr(copy.copy(v)), repr(copy.deepcopy(v)))
d = datetime(2021, 3, 4, 5, 6, 7, tzinfo=MyZone())
print(d.utcoffset(), d.tzname(), d.dst(), d.astimezone(UTC), d.isoformat(), d.strftime("%z %Z %f"))
for bad in (lambda: datetime(2020, 1, 1, tzinfo=BadZone()).utcoffset(), lambda: UTC.fromutc(date(2020, 1, 1)),
            lambda: MyZone().fromutc(datetime(2020, 1, 1)), lambda: UTC.utcoffset(5), lambda: timezone(5),
            lambda: timezone(timedelta(days=1)), lambda: datetime(2020, 1, 1, tzinfo=5),
            lambda: date.fromisoformat("2020-13-01"), lambda: datetime.fromisoformat("2020-01-01T25:00")):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
my, five = MyZone(), timezone(timedelta(hours=5))
print(my.fromutc(datetime(2020, 1, 1, tzinfo=my)), five.fromutc(datetime(2020, 1, 1, tzinfo=five)))
print(datetime.fromisoformat("2011-11-04T00:05:23.283+04:00"), time.fromisoformat("04:23:01Z"),
      datetime.fromisoformat("2011-W01-2T00:05:23"), date.fromisocalendar(2020, 53, 5))
print(sorted(n for n in dir(dt) if not n.startswith("_") and n not in ("datetime_CAPI", "sys", "IsoCalendarDate")))
