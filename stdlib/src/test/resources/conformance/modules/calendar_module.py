# calendar module
import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2000))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.month_abbr)[1:4])
print(calendar.timegm((2000, 1, 1, 0, 0, 0)))
print([d for d in calendar.Calendar().itermonthdays(2024, 2)][:10])
