# subclassing Thread and overriding run()
import threading
class Summer(threading.Thread):
    def __init__(self, start_n, end_n):
        super().__init__(name=f"summer-{start_n}")
        self.start_n, self.end_n = start_n, end_n
        self.result = None
    def run(self):
        self.result = sum(range(self.start_n, self.end_n))
chunks = [(i * 25000, (i + 1) * 25000) for i in range(4)]
workers = [Summer(a, b) for a, b in chunks]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
print(sum(w.result for w in workers) == sum(range(100000)))
class Greeter(threading.Thread):
    def run(self):
        self.message = f"hello from {self.name}"
g = Greeter(name="greeter")
g.start()
g.join()
print(g.message)
class WithTarget(threading.Thread):
    def run(self):
        self.out = "run overridden, target ignored"
wt = WithTarget(target=lambda: print("never"))
wt.start()
wt.join()
print(wt.out)
try:
    g.start()
except RuntimeError as e:
    print("RuntimeError:", e)
