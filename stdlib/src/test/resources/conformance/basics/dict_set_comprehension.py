# dict and set comprehensions
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 4 for x in range(10)})
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
words = ["one", "two", "three", "four", "five"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i: i for i in []}, {i for i in ()})
print(type({x for x in "a"}).__name__, type({x: 1 for x in "a"}).__name__)
d = {str(i): i for i in range(12)}
print(list(d)[:5], sum(d.values()))
