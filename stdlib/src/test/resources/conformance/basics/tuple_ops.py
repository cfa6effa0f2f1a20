# tuples
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]))
print(t + (4,), t * 2, (0,) * 0)
print(t.count(2), t.index(3))
print(1 in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
x = 1, 2
print(x, type(x).__name__)
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
tl = ([1], 2)
tl[0].append(3)
print(tl)
print(hash((1, 2)) == hash((1, 2)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]))
print(tuple(i * i for i in range(4)))
print(str((1, "a", None, 2.5)))
