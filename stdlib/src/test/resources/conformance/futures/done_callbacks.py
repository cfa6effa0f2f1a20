# Future.add_done_callback: order, immediate calls on done futures, cancellation, and a callback
# that raises (logged on stderr as "exception calling callback for <Future ...>", then ignored)
import io
import re
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor

calls = []


def recorder(label):
    def callback(future):
        state = "cancelled" if future.cancelled() else repr(future.exception() or future.result())
        calls.append((label, state))
    return callback


f = Future()
f.add_done_callback(recorder("first"))
f.add_done_callback(recorder("second"))
print("before:", calls)
f.set_result("ok")
print("after set_result:", calls)
f.add_done_callback(recorder("late"))
print("added when done:", calls)

calls.clear()
c = Future()
c.add_done_callback(recorder("on cancel"))
c.cancel()
c.cancel()
print("cancelled:", calls)
c.add_done_callback(recorder("after cancel"))
print(calls)

calls.clear()
r = Future()
r.set_running_or_notify_cancel()
r.add_done_callback(recorder("running"))
print("cancel running:", r.cancel(), calls)
r.set_exception(KeyError("k"))
print(r.exception().__class__.__name__, len(calls))


def broken(future):
    raise ValueError("callback failed")


captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
try:
    b = Future()
    b.add_done_callback(broken)
    b.add_done_callback(recorder("after broken"))
    b.set_result(7)
    b.add_done_callback(broken)
finally:
    sys.stderr = saved
lines = captured.getvalue().splitlines()
print(calls)
print([re.sub(r"0x[0-9a-f]+", "0x...", line) for line in lines if not line.startswith(" ")])


def interrupt(future):
    raise KeyboardInterrupt("not swallowed")


k = Future()
k.set_result(1)
try:
    k.add_done_callback(interrupt)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e)

# a callback runs in the thread that completes the future
seen = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as ex:
    gate = threading.Event()
    fut = ex.submit(gate.wait)
    fut.add_done_callback(lambda fu: seen.append(threading.current_thread().name))
    gate.set()
print(seen, fut.result())
