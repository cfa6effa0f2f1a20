# sets of small ints (deterministic order) and set algebra
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(5)
s.add(5)
s.add(1)
print(s, len(s))
s.update([3, 2], (9,))
print(s)
s.discard(100)
s.remove(9)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 2, 3, 5}, len(s))
c = {x % 5 for x in range(20)}
print(c)
print(set([3, 3, 1]), set(), frozenset([2, 1]), set("aaa"))
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, {3} | f, type({3} | f).__name__)
print({frozenset([1]): "ok"}[frozenset([1])])
d = {1, 2, 3}
d &= {2, 3, 4}
print(d)
d |= {10}
d -= {2}
d ^= {3, 7}
print(sorted(d))
print(sorted({"pear", "apple", "fig"}))
print({1, 2} == {2, 1}, {1} == frozenset({1}))
e = {1, 2}
e.clear()
print(e, bool(e))
