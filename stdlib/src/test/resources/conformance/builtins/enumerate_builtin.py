# enumerate
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("hey")), {v: i for i, v in enumerate("hey")})
lines = ["first", "second", "third"]
for n, line in enumerate(lines, start=1):
    print(f"{n:>3}: {line}")
print(iter(e) is e)
