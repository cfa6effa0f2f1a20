# time: strftime/strptime in the C locale, struct_time, gmtime, clocks (no local-zone output)
import time
t = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
print(time.strftime('%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %G %V %u %C %D %F %T %R %h %g %k %l %n %t %Q', t))
print(time.strftime('%z %Z', time.gmtime(0)), time.gmtime(0), time.gmtime(-86401.5)[:6], time.gmtime(2**31)[:6], time.gmtime(1e10).tm_yday)
g = time.gmtime(1700000000)
print(g.tm_zone, g.tm_gmtoff, tuple(g), len(g), g.n_fields, g.n_sequence_fields, time.asctime(g), time.asctime(t))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC', -3600))
print(st, st.tm_zone, st.tm_gmtoff, time.strftime('%Z %z', st), st[0], st[-1], st[2:4])
print(tuple(time.strptime("2021-12-31 23:59:58", "%Y-%m-%d %H:%M:%S")), time.strptime("1 Feb 99", "%d %b %y")[:8])
print(tuple(time.strptime("Tuesday 3 January 2023 10:30 PM", "%A %d %B %Y %I:%M %p"))[:8], time.strptime("2020 60", "%Y %j")[:3])
print(time.strptime("2024-W01-1", "%Y-W%W-%w")[:3], time.strptime("2024 10 0", "%Y %U %w")[:3], time.strptime("+05:30", "%z").tm_gmtoff, time.strptime("12", "%H")[:7])
for f, args in [(time.strftime, ('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))), (time.strftime, ('%Y', (2024, 1, 1, 0, 60, 0, 0, 1, 0))),
                (time.strftime, ('%Y', (1, 2))), (time.strptime, ("2021", "%Y-%m")), (time.strptime, ("2021-01x", "%Y-%m")),
                (time.sleep, (-0.5,)), (time.sleep, ("1",)), (time.struct_time, ((1, 2, 3),)), (time.gmtime, ("x",))]:
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.009, time.time() > 1.6e9, type(time.time_ns()).__name__, time.monotonic_ns() > 0, time.process_time() >= 0, time.thread_time_ns() >= 0)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
