# a Lock used as a context manager protects a shared counter
import threading
counter = 0
lock = threading.Lock()
def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
threads = [threading.Thread(target=increment, args=(10000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final counter:", counter)
balance = {"value": 1000}
def transfer(amount, reps):
    for _ in range(reps):
        lock.acquire()
        try:
            balance["value"] += amount
        finally:
            lock.release()
ts = [threading.Thread(target=transfer, args=(a, 500)) for a in (5, -5, 3, -3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("final balance:", balance["value"])
print("lock free at end:", not lock.locked())
