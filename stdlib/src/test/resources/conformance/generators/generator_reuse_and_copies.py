# generators are single-pass; re-create them or materialize them
def gen():
    yield from range(3)
g = gen()
print(list(g), list(g))
print(sum(g), max(gen()))
g = gen()
first = next(g)
print(first, list(g))
g = gen()
z = list(zip(g, g))
print(z)
g = gen()
print(list(map(lambda a, b: (a, b), g, g)))
class Reiterable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
r = Reiterable(4)
print(list(r), list(r), sum(r))
import itertools
a, b = itertools.tee(gen())
print(next(a), next(a), next(b), list(a), list(b))
g = gen()
print(2 in g, list(g))
