# datetime: construction checks, arithmetic, ISO formats, strftime/strptime, time zones (no local-zone output)
from datetime import *
import datetime as dtmod
def tryit(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e if 'unsupported operand' not in str(e) else '')
    except Exception as e:
        print(type(e).__name__, e)
class D(date): pass
class TD(timedelta): pass
print(repr(D(2020,1,1)), repr(TD(1)), repr(D(2020,1,1)+timedelta(1)), type(D(2020,1,1)+timedelta(1)).__name__)
tryit(lambda: date(2020,1,1) < datetime(2020,1,1))
print(date(2020,1,1) == datetime(2020,1,1), datetime(2020,1,1) == date(2020,1,1))
tryit(lambda: date(0,1,1)); tryit(lambda: date(2020,13,1)); tryit(lambda: date(2020.0,1,1))
for a in [10**9, 10**10, 1e9]: tryit(lambda: timedelta(days=a))
tryit(lambda: timedelta(days='x'))
print(timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(seconds=0.1), timedelta(days=0.1), timedelta(hours=-1.5), timedelta(minutes=0.3333333))
print(repr(timezone(timedelta(hours=5,minutes=30))), repr(timezone(timedelta(hours=5),'X')), str(timezone(timedelta(hours=-5))), timezone.utc, repr(timezone.min), timezone(timedelta(0)).tzname(None), repr(timezone(timedelta(0))))
tryit(lambda: timezone(timedelta(days=1)))
for s in ['2011-11-04T00:05:23.283+00:00', '20111104T000523', '2011-W01-2T00:05:23.28', '2011-11-04 00:05Z', '2011-11-04T00:05:23.2834567', '2011-11-04T00:05:23+', '2011-11-04', '2011-11-04T00', '2011-11-04T0005', '2011-11-04T00:05:23-05:30', '2011-11-04T00:05:23+0530', '2011-11-04T00:05:23+05', 'x', '2011-11-04T', '2011-11-04T24:00', '2011W012', '2011W01T00:05', '2011-11-04T00:05:23,5']:
    tryit(lambda: datetime.fromisoformat(s))
for s in ['2011-11-04', '20111104', '2011-W01-2', '2011W012', '2011-W53', '2020-W53-7', '2011-02-29', '2011-1-04']:
    tryit(lambda: date.fromisoformat(s))
for s in ['12:34', '12:34:56.789', '1234', 'T12:34:56+01:00', '12', '12:34:56.1234567', '25:00']:
    tryit(lambda: time.fromisoformat(s))
print(repr(datetime(2020,1,1,tzinfo=timezone.utc,fold=1)), repr(time(1,2,tzinfo=timezone.utc)), repr(time()), repr(time(1,2,3)))
print(repr(timedelta(days=-1,seconds=5)), timedelta(microseconds=-1), repr(timedelta(microseconds=-1)), timedelta(999999999, 86399, 999999))
print(date(2020,1,1).__format__(''), format(date(2020,1,1), '%d'), f"{datetime(2020,5,6,7,8,9):%Y/%m/%d %H-%M-%S}")
print(timedelta(hours=1)*1.5, timedelta(hours=1)/3, timedelta(7)/timedelta(2), timedelta(7)%timedelta(2), divmod(timedelta(7),timedelta(2)), timedelta(7)//2, 2.5*timedelta(1), timedelta(1)/0.7, timedelta(1)*-0.3)
tryit(lambda: timedelta(1)//0); tryit(lambda: timedelta(1)/timedelta(0)); tryit(lambda: timedelta(1)/0)
tryit(lambda: date.max + timedelta(1)); tryit(lambda: datetime.max + timedelta(1)); tryit(lambda: type(date(2020,1,1)+1))
tryit(lambda: datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc))
tryit(lambda: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc))
tryit(lambda: time(1) < time(1,tzinfo=timezone.utc))
print(datetime(2020,1,1) == datetime(2020,1,1,tzinfo=timezone.utc))
tryit(lambda: time(25)); tryit(lambda: time(1,60)); tryit(lambda: time(1,1,60)); tryit(lambda: time(1,1,1,10**6)); tryit(lambda: time(1,fold=2)); tryit(lambda: time(1,tzinfo=1))
print(time(1).isoformat('milliseconds'), datetime(2020,1,1,1,2,3,4567).isoformat(timespec='milliseconds'), datetime(2020,1,1).isoformat(' ', 'hours'), datetime(2020,1,1,1,2).isoformat(timespec='minutes'))
tryit(lambda: time(1).isoformat('x'))
print(bool(timedelta(0)), bool(time(0)), hash(timedelta(1))==hash(timedelta(1)), date.min, date.max, date.resolution, repr(datetime.min), datetime.max, time.min, time.max, time.resolution, repr(timedelta.min), timedelta.max)
print(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=1))).strftime('%z %Z %f %%z'), datetime(2020,1,1).strftime('[%z][%Z]'), time(1,2,3,4).strftime('%H %f %p'))
print(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=1,seconds=1,microseconds=5))).isoformat())
print(datetime.combine(date(2020,1,2), time(3,4,tzinfo=timezone.utc)), datetime.fromordinal(738000), date(2020,1,1).timetuple(), datetime(2020,1,1,tzinfo=timezone.utc).utctimetuple())
print(date(2020,12,31).isocalendar(), date(2021,1,1).isocalendar(), date(2019,12,30).isocalendar(), date(2015,12,31).isocalendar(), date.fromisocalendar(2020,53,5), date.fromisocalendar(2021,1,1))
tryit(lambda: date.fromisocalendar(2021,53,1)); tryit(lambda: date.fromisocalendar(2021,1,8))
print(datetime.fromtimestamp(1.5, timezone.utc), datetime.fromtimestamp(-1.25, timezone.utc), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1234567890.123456, timezone(timedelta(hours=-3))))
d1 = datetime(2020,3,1,12,tzinfo=timezone(timedelta(hours=2))); d2 = datetime(2020,3,1,10,tzinfo=timezone.utc)
print(d1 == d2, hash(d1) == hash(d2), d1 - d2, d1 < d2, d1.astimezone(timezone.utc), d2.timestamp(), d1.utcoffset(), d1.tzname(), d1.dst())
print(datetime(2020,1,1,23,59,59,999999) + timedelta(microseconds=1), datetime(2020,1,1) - datetime(2019,1,1,12))
print(time(12,tzinfo=timezone(timedelta(hours=1))) == time(11, tzinfo=timezone.utc), time(12) == time(12), time(3) < time(4))
print(date(2020,1,1).ctime(), datetime(2020,1,5,1,2,3).ctime(), date(2024,2,29).replace(year=2023) if False else date(2024,2,29).replace(day=1))
tryit(lambda: date(2024,2,29).replace(year=2023))
print(sorted({date(2020,1,1): 1, date(2020,1,1): 2}), {datetime(2020,1,1), datetime(2020,1,1)})
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc, timezone.utc.utcoffset(None), timezone.max.tzname(None))
print(datetime(2020,1,1,12,30).time(), datetime(2020,1,1,12,30,tzinfo=timezone.utc).timetz(), datetime(2020,5,17).weekday(), datetime(2020,5,17).isoweekday())
print(timedelta(seconds=86400*3+5).total_seconds(), timedelta(weeks=1, milliseconds=1), -timedelta(1, 1, 1), +timedelta(1), abs(timedelta(-1, 5)))
print(datetime.strptime("2021-03-04 05:06:07.123", "%Y-%m-%d %H:%M:%S.%f"), datetime.strptime("2021 +0130", "%Y %z"), repr(datetime.strptime("10:11 pm", "%I:%M %p")))
tryit(lambda: datetime.strptime("2021-03", "%Y-%m-%d")); tryit(lambda: datetime.strptime("2021-03-01x", "%Y-%m-%d"))
print(timedelta(1,2,3).__reduce__())
import copy
print(copy.deepcopy(datetime(2020,1,1,tzinfo=timezone.utc)), copy.copy(date(2020,2,2)))
class Z(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "Z()"
e = datetime(2020,1,1,12,tzinfo=Z())
print(e, repr(e), e.astimezone(timezone.utc), datetime(2020,1,1,17,tzinfo=timezone.utc).astimezone(Z()), e.strftime('%Z %z'))
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
tryit(lambda: datetime(2020,1,1,tzinfo=Bad()).utcoffset())
tryit(lambda: tzinfo().utcoffset(None))
print(date(1,1,1).toordinal(), date(9999,12,31).toordinal(), date.fromordinal(3652059), date(1600,2,29), date(1900,3,1).toordinal())
tryit(lambda: date.fromordinal(0))
print(timedelta(days=1, hours=25, minutes=61, seconds=3661).seconds, timedelta(hours=3) // timedelta(minutes=50))
