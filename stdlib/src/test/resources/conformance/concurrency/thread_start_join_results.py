# threads compute results into a shared list; results printed sorted after join
import threading
results = []
results_lock = threading.Lock()
def work(n):
    total = sum(i * i for i in range(n * 1000))
    with results_lock:
        results.append((n, total))
threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(all(not t.is_alive() for t in threads), len(results))
squares = [None] * 10
def fill(i):
    squares[i] = i * i
ts = [threading.Thread(target=fill, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(squares)
kw_results = {}
def kw_worker(name, *, factor=1):
    kw_results[name] = len(name) * factor
t = threading.Thread(target=kw_worker, args=("alpha",), kwargs={"factor": 3})
t.start()
t.join()
print(kw_results)
