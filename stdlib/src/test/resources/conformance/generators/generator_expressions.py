# generator expressions: laziness, single-use, scoping
nums = [1, 2, 3, 4, 5]
g = (n * n for n in nums if n % 2)
print(next(g), list(g), list(g))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc dd".split()))
trace = []
def src(n):
    for i in range(n):
        trace.append(f"produce {i}")
        yield i
pipe = (v * 2 for v in (u + 1 for u in src(3)))
print(trace)
print(next(pipe), trace)
print(list(pipe), trace)
x = 10
ge = (x + i for i in range(3))
x = 20
print(list(ge))
outer_iter = [1, 2]
ge2 = (i for i in outer_iter)
outer_iter = [100]
print(list(ge2))
try:
    bad = (1 / i for i in [1, 0])
    print("created without error")
    print(list(bad))
except ZeroDivisionError as e:
    print("error on consumption:", e)
print(list((i, j) for i in range(3) for j in range(i)))
print(any(print("checked", i) or i > 1 for i in range(5)))
print("".join(c.upper() for c in "lazy"))
