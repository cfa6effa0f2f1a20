# recursive generators: permutations, combinations, subsets, partitions
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(["".join(p) for p in permutations("abc")])
print(len(list(permutations(list(range(6))))))
print(list(combinations([1, 2, 3, 4], 2)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(partitions(5)))
print(sum(1 for _ in partitions(20)))
