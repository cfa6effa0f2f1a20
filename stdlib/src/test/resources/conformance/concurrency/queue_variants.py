# LifoQueue, PriorityQueue and SimpleQueue; task_done/join bookkeeping
import queue, threading
lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
sq = queue.SimpleQueue()
sq.put("x")
sq.put("y")
print(sq.get(), sq.qsize(), sq.empty())
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full())
try:
    q.put_nowait(3)
except queue.Full:
    print("queue.Full raised")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("queue.Full after timeout")
processed = []
def worker():
    while True:
        item = q.get()
        processed.append(item * 10)
        q.task_done()
        if item == 5:
            break
t = threading.Thread(target=worker)
t.start()
for i in (3, 4, 5):
    q.put(i)
q.join()
t.join()
print(processed, q.unfinished_tasks)
