# generator expressions
g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(",".join(str(i) for i in range(5)))
evaluated = []
def src():
    for i in range(3):
        evaluated.append(i)
        yield i
gen = (i * 10 for i in src())
print(evaluated)
print(next(gen), evaluated)
print(list(gen), evaluated)
print(list((a, b) for a in range(2) for b in "xy"))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(x for x in range(3)), set(x % 2 for x in range(5)))
nums = [1, 2, 3]
g2 = (n * 2 for n in nums)
nums = [10, 20]
print(list(g2))
