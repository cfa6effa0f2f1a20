# ThreadPoolExecutor initializer/initargs, and BrokenThreadPool once an initializer fails
import io
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()
started = []
lock = threading.Lock()


def setup(greeting, punctuation):
    local.greeting = greeting + punctuation
    with lock:
        started.append(threading.current_thread().name)


def greet(name):
    return f"{local.greeting} {name}"


with ThreadPoolExecutor(2, thread_name_prefix="w", initializer=setup, initargs=("hello", ",")) as ex:
    print(list(ex.map(greet, ["ann", "bob", "cy"])))
print(sorted(set(started)) in (["w_0"], ["w_0", "w_1"]))


submitted = threading.Event()


def failing_setup():
    submitted.wait()
    raise OSError("no database")


captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=failing_setup)
    gate = threading.Event()
    fs = [ex.submit(gate.wait) for _ in range(3)]
    submitted.set()
    for f in fs:
        try:
            f.result()
        except BrokenThreadPool as e:
            print(type(e).__name__, "|", e)
    try:
        ex.submit(print, "never")
    except BrokenExecutor as e:
        print("submit:", type(e).__name__, "|", e)
    ex.shutdown()
finally:
    sys.stderr = saved
log = captured.getvalue().splitlines()
print(log[0], "|", log[-1])
print([c.__name__ for c in BrokenThreadPool.__mro__], BrokenThreadPool.__module__)
print("threads:", threading.active_count())
