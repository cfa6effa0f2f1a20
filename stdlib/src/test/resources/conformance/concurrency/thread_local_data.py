# threading.local gives each thread its own attributes
import threading
local = threading.local()
local.value = "main"
out = {}
lock = threading.Lock()
def worker(name):
    print_missing = not hasattr(local, "value")
    local.value = name
    local.items = [name] * 2
    with lock:
        out[name] = (print_missing, local.value, local.items)
threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(out):
    print(k, out[k])
print("main still sees:", local.value, hasattr(local, "items"))
class Ctx(threading.local):
    def __init__(self):
        self.depth = 0
ctx = Ctx()
res = []
def nest():
    ctx.depth += 1
    res.append(ctx.depth)
ts = [threading.Thread(target=nest) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, ctx.depth)
