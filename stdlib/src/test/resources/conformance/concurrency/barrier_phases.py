# threading.Barrier synchronizes phases
import threading
N = 4
barrier = threading.Barrier(N)
phase_log = []
lock = threading.Lock()
def worker(i):
    for phase in range(3):
        with lock:
            phase_log.append((phase, i))
        idx = barrier.wait()
        with lock:
            phase_log.append((phase, "passed"))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
def phase_of(entry):
    return entry[0]
ok = True
seen_passed = set()
for entry in phase_log:
    if entry[1] == "passed":
        seen_passed.add(entry[0])
    elif entry[0] - 1 >= 0 and entry[0] - 1 not in seen_passed:
        ok = False
print("phases ordered:", ok)
print(sorted((p, i) for p, i in phase_log if i != "passed"))
print([sum(1 for p, i in phase_log if p == ph and i == "passed") for ph in range(3)])
print(barrier.parties, barrier.n_waiting, barrier.broken)
actions = []
b2 = threading.Barrier(2, action=lambda: actions.append("action ran"))
t = threading.Thread(target=b2.wait)
t.start()
b2.wait()
t.join()
print(actions)
