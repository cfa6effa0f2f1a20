# push-style coroutine pipeline using send
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
@coroutine
def scale(factor, target):
    while True:
        item = yield
        target.send(item * factor)
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
sink = printer("even*10:")
pipeline = filter_even(scale(10, sink))
for i in range(7):
    pipeline.send(i)
fan = broadcast(printer("A"), printer("B"))
fan.send("hello")
fan.send("world")
@coroutine
def collector(store):
    try:
        while True:
            store.append((yield))
    except GeneratorExit:
        store.append("closed")
store = []
col = collector(store)
for w in "abc":
    col.send(w)
col.close()
print(store)
