# ThreadPoolExecutor: submit, map (ordering, several iterables, timeout, exceptions), thread names,
# max_workers and its default, argument errors
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Executor, TimeoutError


def name_of_thread(_=None):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(name_of_thread).result())
    print(ex._max_workers, isinstance(ex, Executor))
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(name_of_thread).result())
with ThreadPoolExecutor(1, thread_name_prefix="fetcher") as ex:
    print(ex.submit(name_of_thread).result())
with ThreadPoolExecutor(2, "") as ex:
    print(ex.submit(name_of_thread).result())
with ThreadPoolExecutor(3) as ex:
    gate = threading.Barrier(3)
    names = list(ex.map(lambda _: (gate.wait(), name_of_thread())[1], range(3)))
    print(sorted(names))
print(ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))

with ThreadPoolExecutor(max_workers=4) as ex:
    print(ex.submit(divmod, 7, 2).result())
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
    print(ex.submit(dict, fn=1, self=2).result())
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    print(list(ex.map(str.upper, "abc", chunksize=2)))
    print(list(ex.map(abs, [])))
    results = ex.map(int, ["1", "2", "x", "4"])
    print(next(results), next(results))
    try:
        next(results)
    except ValueError as e:
        print("ValueError:", e)
    print(list(results))

    it = ex.map(time.sleep, [0, 0.5, 0])
    try:
        for value in it:
            print("got", value)
    except TimeoutError as e:
        print("map timed out?", type(e).__name__)
    print(list(ex.map(time.sleep, [0, 0], timeout=5)))
    slow = ex.map(time.sleep, [0, 1, 0], timeout=0.2)
    print("first:", next(slow))
    try:
        next(slow)
    except TimeoutError as e:
        print(type(e).__name__, repr(str(e)))
    print(list(slow))

    future = ex.submit(lambda: 1 / 0)
    try:
        future.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, future.exception() is e)
    future = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(3)))
    print(type(future.exception()).__name__, future.exception().code)

    hold = threading.Event()
    running = ex.submit(hold.wait)
    while not running.running():
        time.sleep(0.01)
    print("running:", running.running(), "cancel:", running.cancel())
    hold.set()
    print(running.result())

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
try:
    ThreadPoolExecutor(1).submit()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    ThreadPoolExecutor("2")
except TypeError as e:
    print("TypeError:", e)
try:
    Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Executor().shutdown(), Executor().__enter__().__class__.__name__)
