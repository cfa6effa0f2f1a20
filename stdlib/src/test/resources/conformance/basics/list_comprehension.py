# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("ab")])
print([y for x in [[1, 2], [3], []] for y in x])
print([f(3) for f in [lambda n: n + 1, lambda n: n * 2]])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([i for i in range(10)][::3])
