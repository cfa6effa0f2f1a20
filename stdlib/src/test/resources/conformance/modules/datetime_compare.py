# Rich comparisons of timedelta, date, time and datetime: mixed types, naive and aware values
from datetime import date, datetime, time, timedelta, timezone

utc, east = timezone.utc, timezone(timedelta(hours=2))
values = [timedelta(1), timedelta(0, 5), date(2020, 1, 2), date(2020, 1, 3), time(1, 2), time(3, 0, tzinfo=east),
          time(1, 0, tzinfo=utc), datetime(2020, 1, 2, 3), datetime(2020, 1, 2, 5, tzinfo=east),
          datetime(2020, 1, 2, 3, tzinfo=utc), 5, "x"]
for a in values:
    row = []
    for b in values:
        for op in ("==", "!=", "<", "<=", ">", ">="):
            try:
                row.append("T" if eval("a %s b" % op) else "F")
            except TypeError as e:
                row.append("E")
        row.append(" ")
    print(type(a).__name__.ljust(9), "".join(row))
try:
    datetime(2020, 1, 2) < datetime(2020, 1, 2, tzinfo=utc)
except TypeError as e:
    print(e)
try:
    time(1) < time(1, tzinfo=utc)
except TypeError as e:
    print(e)
try:
    date(2020, 1, 1) < datetime(2020, 1, 1)
except TypeError as e:
    print(e)
for cls in (timedelta, date, time, datetime):
    print(cls.__eq__.__qualname__, cls.__ge__.__name__, cls.__lt__(cls.min, cls.max), cls.__eq__(cls.min, 1))
print(len({timedelta(1), timedelta(hours=24), date(2020, 1, 1), datetime(2020, 1, 1, 2, tzinfo=east),
           datetime(2020, 1, 1, tzinfo=utc), time(1, tzinfo=east), time(0, tzinfo=timezone(timedelta(hours=1)))}))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print(max(timedelta(3), timedelta(days=-1), timedelta(hours=80)), min(date(2000, 1, 1), date(1999, 12, 31)))
