# iter() one- and two-argument forms, next() with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = ["a", "b", "", "c"]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, "")))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
s = iter("xyz")
print(next(s), list(s))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
d = {"k1": 1, "k2": 2}
di = iter(d)
print(next(di), next(iter(d.values())), next(iter(d.items())))
