# Condition-based bounded buffer
import threading
class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = threading.Condition()
        self.max_seen = 0
    def put(self, x):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()
    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            x = self.items.pop(0)
            self.cond.notify_all()
            return x
buf = BoundedBuffer(3)
got = []
got_lock = threading.Lock()
def produce(base):
    for i in range(10):
        buf.put(base + i)
def consume(n):
    for _ in range(n):
        v = buf.get()
        with got_lock:
            got.append(v)
ps = [threading.Thread(target=produce, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consume, args=(15,)) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print(sorted(got))
print(len(got), buf.items, buf.max_seen <= 3)
c = threading.Condition()
flag = []
def waiter():
    with c:
        c.wait_for(lambda: flag)
        flag.append("waiter saw flag")
w = threading.Thread(target=waiter)
w.start()
with c:
    flag.append("set")
    c.notify()
w.join()
print(flag)
with c:
    print("wait timeout returns:", c.wait(timeout=0.01))
