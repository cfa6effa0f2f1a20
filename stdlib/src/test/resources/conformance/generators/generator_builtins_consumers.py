# builtins and constructors consuming generators
def gen(n):
    for i in range(n):
        yield i
print(list(gen(4)), tuple(gen(3)), set(gen(3)), dict.fromkeys(gen(2)))
print(sum(gen(10)), min(gen(5)), max(gen(5)), sorted(gen(4), reverse=True))
print(any(gen(1)), all(gen(0)), any(x > 2 for x in gen(4)))
print(list(enumerate(gen(3), 1)), list(zip(gen(3), "abc")))
print(list(map(str, gen(3))), list(filter(None, gen(4))))
print(" ".join(map(str, gen(5))), len(list(gen(7))))
print(dict((i, i * i) for i in gen(4)))
a, b, *c = gen(5)
print(a, b, c)
print([*gen(3), *gen(2)])
print(list(reversed(list(gen(3)))))
g = gen(3)
print(3 in gen(5), 1 in g, list(g))
import itertools
print(list(itertools.chain(gen(2), gen(3))), list(itertools.accumulate(gen(5))))
