# concurrent.futures.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeouts, bad arguments
import threading
from concurrent.futures import (Future, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                ThreadPoolExecutor)
import concurrent.futures


def named(**futures):
    for name, f in futures.items():
        f.name = name
    return list(futures.values())


def names(fs):
    return sorted(f.name for f in fs)


def show(label, result):
    print(f"{label}: done={names(result.done)} not_done={names(result.not_done)}")


def later(action, *args):
    t = threading.Timer(0.05, action, args)
    t.start()
    return t


a, b, c = named(a=Future(), b=Future(), c=Future())
r = wait([a, b, c], timeout=0.01)
print(type(r).__name__, r._fields, type(r.done).__name__)
show("timeout, nothing done", r)
b.set_result(1)
show("ALL_COMPLETED with timeout", wait([a, b, c], timeout=0.01))
show("FIRST_COMPLETED, one already done", wait([a, b, c], return_when=FIRST_COMPLETED))
show("FIRST_EXCEPTION, none raised", wait([a, b, c], timeout=0.01, return_when=FIRST_EXCEPTION))
t = later(a.set_result, 2)
show("FIRST_COMPLETED of a, c", wait([a, c], return_when=FIRST_COMPLETED))
t.join()
t = later(c.set_exception, ValueError("c failed"))
show("FIRST_EXCEPTION", wait([a, b, c], return_when=FIRST_EXCEPTION))
t.join()
show("all done", wait([a, b, c]))

d, e, g = named(d=Future(), e=Future(), g=Future())
e.set_exception(OSError("e failed"))
show("FIRST_EXCEPTION, one raised already", wait([d, e, g], return_when=FIRST_EXCEPTION))
g.cancel()
show("cancelled, not yet notified", wait([d, g], timeout=0.01))
g.set_running_or_notify_cancel()
show("cancelled and notified counts as done", wait([d, g], timeout=0.01))
t = later(d.set_result, "d")
show("FIRST_EXCEPTION waits for all without one", wait([d, g], return_when=FIRST_EXCEPTION))
t.join()

h, i = named(h=Future(), i=Future())
i.cancel()
t = later(i.set_running_or_notify_cancel)
show("FIRST_COMPLETED wakes on notified cancel", wait([h, i], return_when=FIRST_COMPLETED))
t.join()
t = later(h.set_result, 0)
show("ALL_COMPLETED", wait([h, i], return_when=ALL_COMPLETED))
t.join()

show("duplicates", wait([h, h, i]))
show("empty", wait([]))
print(wait(set()))
print(concurrent.futures._base.DoneAndNotDoneFutures(1, 2))
j, = named(j=Future())
try:
    wait([j], return_when="SOMETIMES")
except ValueError as exc:
    print("ValueError:", exc)
print(wait([h], return_when="SOMETIMES").done == {h})
try:
    wait(j)
except TypeError as exc:
    print("TypeError:", exc)

with ThreadPoolExecutor(max_workers=3) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    quick = ex.submit(pow, 2, 10)
    fail = ex.submit(int, "x")
    done, not_done = wait([slow, quick, fail], return_when=FIRST_EXCEPTION)
    print(fail in done, slow in not_done, len(done) + len(not_done))
    gate.set()
    done, not_done = wait([slow, quick, fail])
    print(len(done), len(not_done), quick.result(), slow.result())
