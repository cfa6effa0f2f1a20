# hash() of ints, tuples of ints, and equal-value consistency
for n in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(-0.0) == hash(0))
for t in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (0, 0, 0)]:
    print(t, hash(t))
print(hash(frozenset()) == hash(frozenset()), hash((1, 2)) == hash((1, 2)))
print(hash(10 ** 20) == hash(float(10 ** 20)) if float(10 ** 20) == 10 ** 20 else "n/a")
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __hash__(self):
        return -1
print(hash(H()))
