# generators capturing variables from enclosing scopes
def make_counter_gen(start, step):
    def gen(limit):
        v = start
        while v < limit:
            yield v
            v += step
    return gen
by3 = make_counter_gen(0, 3)
by5 = make_counter_gen(1, 5)
print(list(by3(15)), list(by5(20)))
def gens_in_loop():
    out = []
    for k in range(3):
        out.append((k * 10 + i for i in range(2)))
    return out
print([list(g) for g in gens_in_loop()])
def gens_bound():
    out = []
    for k in range(3):
        def make(k=k):
            return (k * 10 + i for i in range(2))
        out.append(make())
    return out
print([list(g) for g in gens_bound()])
def outer():
    data = [1, 2, 3]
    def g():
        for d in data:
            yield d
    it = g()
    data.append(4)
    return list(it)
print(outer())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def gen():
        while True:
            yield inc()
    return gen(), lambda: count
g, peek = counter()
next(g); next(g); next(g)
print(peek())
