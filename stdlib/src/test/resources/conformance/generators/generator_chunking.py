# batching/chunking and flattening with generators
def chunks(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        alive = []
        for i in iters:
            try:
                yield next(i)
                alive.append(i)
            except StopIteration:
                pass
        iters = alive
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(chunks(range(10), 3)), list(chunks([], 2)))
print(list(flatten([1, [2, [3, (4, 5)], []], [[6]], 7])))
print(list(interleave("abc", [1, 2], "XYZW")))
print(list(unique([3, 1, 3, 2, 1, 5, 2])))
print(["".join(c) for c in chunks("abcdefgh", 3)])
