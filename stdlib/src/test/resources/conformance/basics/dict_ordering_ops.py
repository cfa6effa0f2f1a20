# dict insertion order, overwrite, deletion, iteration
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
print(nested)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
keys = [(1, 2), 3, "s", None, 2.5, frozenset([1])]
hd = {k: i for i, k in enumerate(keys)}
print(hd[(1, 2)], hd[None], hd[frozenset([1])], hd[2.5])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({} == dict(), {"a": 1, "b": 2} == {"b": 2, "a": 1})
