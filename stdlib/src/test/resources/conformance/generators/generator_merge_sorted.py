# merging sorted streams with generators and heapq.merge
import heapq
def merge(a, b):
    a, b = iter(a), iter(b)
    sentinel = object()
    x, y = next(a, sentinel), next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)
print(list(merge([1, 4, 9], [2, 3, 10, 11])))
print(list(merge([], [1])), list(merge([5], [])))
print(list(heapq.merge([1, 5, 9], [2, 6], [0, 7, 8])))
print(list(heapq.merge(["apple", "fig"], ["banana"], key=len)))
def multiples(k):
    n = k
    while True:
        yield n
        n += k
def take(n, g):
    return [next(g) for _ in range(n)]
def dedupe(g):
    last = object()
    for x in g:
        if x != last:
            yield x
            last = x
print(take(12, dedupe(heapq.merge(multiples(2), multiples(3)))))
def hamming():
    h = 1
    seen = {1}
    heap = [1]
    while True:
        h = heapq.heappop(heap)
        yield h
        for f in (2, 3, 5):
            if h * f not in seen:
                seen.add(h * f)
                heapq.heappush(heap, h * f)
print(take(20, hamming()))
