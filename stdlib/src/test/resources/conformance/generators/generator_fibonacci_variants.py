# several generator formulations of the same sequence
from itertools import islice
def fib_loop():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def fib_rec(a=0, b=1):
    yield a
    yield from fib_rec(b, a + b)
def fib_send():
    a, b = 0, 1
    while True:
        skip = yield a
        a, b = b, a + b
        if skip:
            for _ in range(skip):
                a, b = b, a + b
print(list(islice(fib_loop(), 20)))
print(list(islice(fib_rec(), 20)))
g = fib_send()
out = [next(g)]
for s in [0, 0, 1, 0, 2, 0]:
    out.append(g.send(s))
print(out)
print([f for f in islice(fib_loop(), 100) if f % 2 == 0][:10])
big = next(islice(fib_loop(), 300, None))
print(big, len(str(big)))
