# collections.defaultdict
from collections import defaultdict
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(dict(counts), counts["missing"], "missing" in counts)
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(sorted(by_letter.items()))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
s = defaultdict(set)
for k, v in [("x", 1), ("y", 2), ("x", 3), ("x", 1)]:
    s[k].add(v)
print({k: sorted(v) for k, v in s.items()})
dd = defaultdict(lambda: "N/A", {"known": "yes"})
print(dd["known"], dd["unknown"], len(dd))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"a": 1})), defaultdict(list).default_factory)
print(counts.get("nothere"), "nothere" in counts)
