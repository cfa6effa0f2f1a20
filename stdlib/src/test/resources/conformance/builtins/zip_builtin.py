# zip(), including strict=True
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2])), list(zip("ab", range(10), [True, False, None])))
names = ["a", "b", "c"]
scores = [90, 85, 77]
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
z = zip("xy", [1, 2])
print(type(z).__name__, next(z), list(z))
print(list(zip([1, 2, 3], [4, 5], strict=False)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
it = iter(range(6))
print(list(zip(it, it)))
for a, b in zip(range(3), reversed(range(3))):
    print(a, b, end="; ")
print()
