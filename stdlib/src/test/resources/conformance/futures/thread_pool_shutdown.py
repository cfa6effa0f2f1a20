# ThreadPoolExecutor.shutdown: no threads left behind, cancel_futures, wait=False, submit after
# shutdown, and work still queued at interpreter exit
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

print("threads at start:", threading.active_count())
ex = ThreadPoolExecutor(max_workers=4)
print(sum(ex.map(len, ["ab", "cde", "f"] * 10)))
print("workers started:", threading.active_count() - 1 <= 4, threading.active_count() > 1)
ex.shutdown()
print("after shutdown():", threading.active_count(), threading.enumerate() == [threading.main_thread()])
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ex.map(print, ["never"])
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
print("second shutdown is harmless")

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(time.sleep, 0.01) for _ in range(9)]
print("after with:", threading.active_count(), all(f.done() for f in fs))

for shutdown_wait in (True, False):
    ex = ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    first = ex.submit(gate.wait)
    queued = [ex.submit(pow, 2, n) for n in range(3)]
    while not first.running():
        time.sleep(0.01)
    opener = threading.Timer(0.05, gate.set)
    opener.start()
    ex.shutdown(wait=shutdown_wait, cancel_futures=True)
    # cancelled by shutdown but never notified: wait() would not count them as done
    print("cancel_futures, wait=%s:" % shutdown_wait, first.result(), [f.cancelled() for f in queued],
          wait(queued, timeout=0.01).done == set())
    opener.join()
    ex.shutdown()  # again, to join the threads
    print("threads:", threading.active_count())

ex = ThreadPoolExecutor(max_workers=2)
gate = threading.Event()
fs = [ex.submit(gate.wait)] + [ex.submit(str, n) for n in range(4)]
ex.shutdown(wait=False)
print("shutdown(wait=False) returns at once:", fs[0].done())
gate.set()
print("queued work still runs:", [f.result() for f in fs])
ex.shutdown()
print("threads:", threading.active_count())

with ThreadPoolExecutor(max_workers=2) as ex:
    ex.submit(print, "submitted inside with")
    try:
        with ex:
            raise KeyError("inside")
    except KeyError as e:
        print("exceptions pass through __exit__:", e)
    try:
        ex.submit(print, "after the inner with")
    except RuntimeError as e:
        print("RuntimeError:", e)
print("threads:", threading.active_count())

# left running at exit: the interpreter finishes the pool's queued work before it ends
late = ThreadPoolExecutor(max_workers=1)
late.submit(time.sleep, 0.1)
late.submit(print, "queued work ran at exit")
print("main thread ends")
