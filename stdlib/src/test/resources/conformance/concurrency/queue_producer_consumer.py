# queue.Queue producer/consumer with sentinels; consumed items printed sorted
import threading, queue
q = queue.Queue(maxsize=5)
consumed = []
consumed_lock = threading.Lock()
N_PRODUCERS, N_CONSUMERS, ITEMS = 3, 2, 20
def producer(pid):
    for i in range(ITEMS):
        q.put((pid, i))
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with consumed_lock:
            consumed.append(item[0] * 1000 + item[1])
        q.task_done()
producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print(len(consumed), sorted(consumed)[:5], sorted(consumed)[-5:])
print(sum(consumed), q.empty(), q.qsize())
results = queue.Queue()
def square(n):
    results.put(n * n)
ws = [threading.Thread(target=square, args=(n,)) for n in range(6)]
for w in ws:
    w.start()
for w in ws:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
try:
    results.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
