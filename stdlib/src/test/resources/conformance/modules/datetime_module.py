# datetime with fixed values only
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1), date(2024, 12, 31).timetuple().tm_yday)
print(d.strftime("%A %d %B %Y"), d.isoformat(), date.fromisoformat("2000-01-01"), d.replace(year=2023), date.fromordinal(1))
t = time(13, 5, 9, 123456)
print(t, t.isoformat(timespec="seconds"), t.strftime("%I:%M %p"), time(0))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt, dt + timedelta(seconds=45), dt - timedelta(weeks=1), dt.date(), dt.time(), dt.isoformat(sep=" "))
print(datetime.strptime("05/06/2021 07:08", "%d/%m/%Y %H:%M"), datetime.fromisoformat("2011-11-04T00:05:23"))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(td, td.days, td.seconds, td.total_seconds(), repr(timedelta(hours=-1)), timedelta(days=-1, seconds=5), abs(timedelta(-2)))
print(timedelta(hours=1) * 3, timedelta(hours=1) / 4, timedelta(hours=3) // timedelta(minutes=50), timedelta(0) == timedelta())
utc = datetime(2020, 6, 1, 12, 0, tzinfo=timezone.utc)
ist = utc.astimezone(timezone(timedelta(hours=5, minutes=30)))
print(utc, ist, ist.utcoffset(), utc == ist, utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 15)]), date(2020, 1, 1) < date(2020, 1, 2))
print(dt.strftime("%Y-%m-%d %H:%M:%S %j %U %w %%"), datetime(2020, 1, 1).replace(hour=5).ctime())
print((date(2025, 1, 1) - date(2024, 1, 1)).days, (date(2024, 3, 1) - date(2024, 2, 1)).days)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
