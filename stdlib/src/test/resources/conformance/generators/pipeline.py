# itertools-like processing pipelines built from generators
log_lines = """\
INFO start service
DEBUG cache warm
ERROR disk full
INFO request /a
ERROR timeout on /b
WARN slow response
INFO request /c
ERROR disk full""".splitlines()
def read(lines):
    for i, line in enumerate(lines, 1):
        yield i, line
def parse(records):
    for n, line in records:
        level, _, msg = line.partition(" ")
        yield {"n": n, "level": level, "msg": msg}
def only(level, events):
    return (e for e in events if e["level"] == level)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
errors = only("ERROR", parse(read(log_lines)))
for e in take(2, errors):
    print(e)
print([e["n"] for e in errors])
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total([3, 1, 4, 1, 5, 9, 2, 6])))
def group_consecutive(it):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    for x in it:
        if x == cur:
            group.append(x)
        else:
            yield cur, len(group)
            cur, group = x, [x]
    yield cur, len(group)
print(list(group_consecutive("aaabccddddae")))
counts = {}
for e in parse(read(log_lines)):
    counts[e["level"]] = counts.get(e["level"], 0) + 1
print(counts)
