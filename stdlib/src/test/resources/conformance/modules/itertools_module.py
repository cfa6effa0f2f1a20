# itertools: counting, grouping, combinatorics, slicing
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(2.5, 0.5), 4)), list(it.islice(it.count(10, -3), 4)))
print(list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.repeat(0, 4)), list(map(pow, range(5), it.repeat(2))))
data = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
keyf = lambda t: t[0]
print({k: [v for _, v in g] for k, g in it.groupby(sorted(data, key=keyf), key=keyf)})
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(it.product([0, 1], repeat=3)))
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))))
print(["".join(p) for p in it.permutations("abc")])
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.chain("ab", [1], (None,))), list(it.zip_longest([1, 2, 3], "ab")))
print(list(it.starmap(lambda a, b: a * b, zip(range(4), range(4, 8)))))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("abc", None)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(it.compress(range(10), it.cycle([True, False, False]))))
print(sum(1 for _ in it.combinations_with_replacement(range(4), 3)))
