# generator.send: two-way communication
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print("echo received", x, "history", received)
e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print("TypeError:", err)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
