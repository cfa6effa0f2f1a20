# a Semaphore bounds concurrent access
import threading
sem = threading.BoundedSemaphore(2)
active = 0
max_active = 0
state = threading.Lock()
done = []
def task(i):
    global active, max_active
    with sem:
        with state:
            active += 1
            max_active = max(max_active, active)
        total = sum(range(20000))
        with state:
            active -= 1
            done.append((i, total))
threads = [threading.Thread(target=task, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
print("max concurrent within limit:", 1 <= max_active <= 2, "active now:", active)
s = threading.Semaphore(1)
print(s.acquire(blocking=False), s.acquire(blocking=False))
s.release()
print(s.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
