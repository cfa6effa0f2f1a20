# a compact task scheduler in the spirit of the Richards benchmark
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind = link, ident, kind
        self.datum = 0
        self.data = [0] * 4
class Task:
    def __init__(self, ident, priority, fn):
        self.ident, self.priority, self.fn = ident, priority, fn
        self.queue = []
        self.waiting = False
        self.count = 0
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []
    def add(self, task):
        self.tasks[task.ident] = task
    def queue_packet(self, pkt, dest):
        self.qpkt_count += 1
        self.tasks[dest].queue.append(pkt)
    def run(self, steps):
        for step in range(steps):
            ready = [t for t in self.tasks.values() if t.queue or t.ident == IDLE]
            if not ready:
                break
            task = max(ready, key=lambda t: (t.priority, -t.ident))
            pkt = task.queue.pop(0) if task.queue else None
            task.count += 1
            task.fn(self, task, pkt)
            if step < 12:
                self.trace.append((step, task.ident, pkt.ident if pkt else None))
def idle_fn(s, task, pkt):
    s.hold_count += 1
    if task.count % 7 == 0:
        s.queue_packet(Packet(None, task.count, "dev"), DEVICE_A if task.count % 2 else DEVICE_B)
def worker_fn(s, task, pkt):
    pkt.datum = (pkt.datum + 1) % 26
    pkt.data = [(pkt.datum + i) % 26 for i in range(4)]
    s.queue_packet(pkt, HANDLER_A if pkt.ident % 2 else HANDLER_B)
def handler_fn(s, task, pkt):
    if pkt.kind == "work":
        s.queue_packet(Packet(None, pkt.ident + 100, "dev"), DEVICE_A if task.ident == HANDLER_A else DEVICE_B)
def device_fn(s, task, pkt):
    if pkt.ident < 60:
        s.queue_packet(Packet(None, pkt.ident + 1, "work"), WORKER)
s = Scheduler()
s.add(Task(IDLE, 0, idle_fn))
s.add(Task(WORKER, 1000, worker_fn))
s.add(Task(HANDLER_A, 2000, handler_fn))
s.add(Task(HANDLER_B, 3000, handler_fn))
s.add(Task(DEVICE_A, 4000, device_fn))
s.add(Task(DEVICE_B, 5000, device_fn))
for i in range(4):
    s.queue_packet(Packet(None, i, "work"), WORKER)
s.run(5000)
print("qpkt_count", s.qpkt_count, "hold_count", s.hold_count)
print({t.ident: t.count for t in s.tasks.values()})
print(s.trace)
