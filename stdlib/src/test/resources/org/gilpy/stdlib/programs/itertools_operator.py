# itertools and operator
import itertools as it, operator as op
print(repr(it.count()), repr(it.count(5)), repr(it.count(2.5, 0.5)), repr(it.repeat(1, 3)), repr(it.repeat('a')))
c = it.count(3); next(c); print(repr(c))
print(list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([])), list(it.accumulate([1,2,3], op.mul)))
for k, g in it.groupby("aaabbcdd"):
    print(k, list(g))
g = it.groupby([1,1,2,2,3])
k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = it.tee([1,2,3])
print(list(a), list(b))
a, b, c = it.tee(iter(range(5)), 3); next(a); print(list(a), list(b), next(c))
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", "cd")), list(it.product(range(2), repeat=2)), list(it.product()))
print(list(it.permutations("abc", 2)), list(it.permutations(range(3), 4)), list(it.permutations([], 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("abc", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)))
print(list(it.filterfalse(None, [0, 1, 0, 2])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", 0, None, 2)), list(it.islice(it.count(), 3, 10, 3)))
i = iter(range(10)); print(list(it.islice(i, 3)), next(i))
print(op.itemgetter(1), op.attrgetter("a.b", "c"), op.methodcaller("f", 1, x=2))
print(op.length_hint(it.repeat(1, 5)), op.length_hint(3 for _ in ()), op.length_hint(object(), 7))
print(op.__add__(1, 2), op.__not__(1), op.call(max, 1, 5), op.pow(2, -1), op.truediv(1, 4))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
try:
    it.combinations("ab", -1)
except ValueError as e:
    print(e)
try:
    list(it.islice("ab", 0, 2, 0))
except ValueError as e:
    print(e)
print(type(it.chain()).__name__, it.chain, type(it.groupby([])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abc", [1, 0, 1])))
print(list(it.takewhile(lambda x: x < 3, it.count())), list(it.dropwhile(lambda x: x < 3, range(6))))
x = [1, 2]; print(op.iadd(x, [3]) is x, op.imul(2, 3), op.ixor(5, 1), op.ilshift(1, 3))
