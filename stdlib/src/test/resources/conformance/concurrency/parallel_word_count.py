# split a text across threads, merge per-thread Counters
import threading
from collections import Counter
TEXT = ("alpha beta gamma delta alpha beta alpha epsilon zeta eta theta alpha "
        "beta gamma gamma delta iota kappa lambda mu alpha beta") * 20
words = TEXT.split()
N = 4
chunk = (len(words) + N - 1) // N
partials = [None] * N
def count(idx):
    partials[idx] = Counter(words[idx * chunk:(idx + 1) * chunk])
threads = [threading.Thread(target=count, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = Counter()
for p in partials:
    total.update(p)
print(len(words), sum(total.values()), total == Counter(words))
print(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print([sum(p.values()) for p in partials])
