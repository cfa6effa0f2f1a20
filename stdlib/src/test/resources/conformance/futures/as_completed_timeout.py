# concurrent.futures.as_completed: finished futures first, each once, and the TimeoutError
# "N (of M) futures unfinished" when some are still pending at the deadline
import threading
from concurrent.futures import Future, as_completed, ThreadPoolExecutor, TimeoutError


def make(n):
    fs = [Future() for _ in range(n)]
    for i, f in enumerate(fs):
        f.index = i
    return fs


fs = make(4)
fs[1].set_result("one")
fs[3].set_exception(ValueError("three"))
got = []
try:
    for f in as_completed(fs, timeout=0.05):
        got.append(f.index)
except TimeoutError as e:
    print(type(e).__name__, e, TimeoutError is __builtins__.TimeoutError)
print("yielded before the timeout:", sorted(got))

# futures completed by another thread while as_completed waits, in completion order
fs = make(3)
order = []


def complete_in_turn():
    for i in (2, 0, 1):
        fs[i].set_result(i * 10)
        order.append(i)
        threading.Event().wait(0.02)


t = threading.Thread(target=complete_in_turn)
t.start()
seen = [f.result() for f in as_completed(fs)]
t.join()
print("completion order:", seen)

# duplicates are yielded once; cancelled (and notified) futures count as completed
fs = make(3)
fs[0].set_result(0)
fs[1].cancel()
fs[1].set_running_or_notify_cancel()
fs[2].set_result(2)
print(sorted(f.index for f in as_completed([fs[0], fs[0], fs[1], fs[2], fs[2]])))
print([f.cancelled() for f in sorted(as_completed(fs), key=lambda f: f.index)])

# the timeout only fires while something is still pending; timeout=0 with all done is fine
print(len(list(as_completed(fs, timeout=0))))
print(list(as_completed([])))
fs = make(2)
try:
    list(as_completed(fs, timeout=0))
except TimeoutError as e:
    print("timeout=0:", e)

# a generator dropped early leaves the futures usable
fs = make(2)
fs[0].set_result("x")
it = as_completed(fs)
print(next(it).result())
it.close()
fs[1].set_result("y")
print(sorted(f.result() for f in as_completed(fs, timeout=1)))

try:
    next(as_completed(5))
except TypeError as e:
    print("TypeError:", e)

with ThreadPoolExecutor(max_workers=4) as ex:
    gate = threading.Event()
    blocked = [ex.submit(gate.wait) for _ in range(2)]
    quick = [ex.submit(pow, 3, k) for k in range(2)]
    results = []
    try:
        for f in as_completed(blocked + quick, timeout=0.5):
            results.append(f.result())
    except TimeoutError as e:
        print(e)
    print(sorted(results))
    gate.set()
    print(sorted(f.result() for f in as_completed(blocked + quick)))
