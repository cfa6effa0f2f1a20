# return values of generators via StopIteration and yield from
def averager(values):
    total = 0
    for count, v in enumerate(values, 1):
        total += v
        yield total / count
    return {"count": len(values), "total": total}
def report(values):
    summary = yield from averager(values)
    yield f"summary: {summary}"
print(list(report([2, 4, 6, 8])))
print(list(report([])))
def manual(g):
    results = []
    while True:
        try:
            results.append(next(g))
        except StopIteration as e:
            return results, e.value
print(manual(averager([1, 2])))
def gen_return_none():
    yield 1
print(manual(gen_return_none()))
def early_return(n):
    for i in range(n):
        if i == 2:
            return "early"
        yield i
    return "normal"
print(manual(early_return(5)), manual(early_return(2)))
