# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
adder = lambda n: lambda x: x + n
print(adder(5)(10))
print(sq.__name__, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
