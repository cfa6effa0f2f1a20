# Lock acquire semantics: blocking=False, timeout, locked(), cross-thread release
import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("second acquire non-blocking:", lock.acquire(blocking=False))
print("acquire with timeout:", lock.acquire(timeout=0.01))
result = []
def try_lock():
    result.append(lock.acquire(blocking=False))
t = threading.Thread(target=try_lock)
t.start()
t.join()
print("other thread could acquire:", result)
def releaser():
    lock.release()
r = threading.Thread(target=releaser)
r.start()
r.join()
print("released by other thread:", not lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
