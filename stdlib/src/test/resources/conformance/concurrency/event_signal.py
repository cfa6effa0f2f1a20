# threading.Event used to release waiting threads
import threading
ready = threading.Event()
go = threading.Event()
log = []
log_lock = threading.Lock()
def waiter(i):
    ready.wait()
    with log_lock:
        log.append(f"waiter {i} released")
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("is_set before:", ready.is_set())
ready.set()
for t in threads:
    t.join()
print("is_set after:", ready.is_set())
print(sorted(log))
print("wait with timeout on unset event:", go.wait(0.01))
ready.clear()
print("cleared:", ready.is_set())
def setter():
    go.set()
s = threading.Thread(target=setter)
s.start()
print("wait returns:", go.wait())
s.join()
