# generator functions: laziness, state, exhaustion
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__, "created, nothing run yet")
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g), next(g, "exhausted"))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(6)])
print(iter(s) is s, hasattr(s, "__next__"))
def multi_yield():
    yield 1
    yield from [2, 3]
    yield 4
print(list(multi_yield()), sum(multi_yield()))
def empty():
    return
    yield
print(list(empty()))
def gen_with_return():
    yield "a"
    return "ignored by for-loops"
print(list(gen_with_return()))
