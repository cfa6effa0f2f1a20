def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def rec(n):
    return n if n == 0 else await rec(n - 1) + 1

print(run(rec(500)))
try:
    run(rec(100000))
except RecursionError as e:
    print("RecursionError", e)

async def selfawait():
    await me
me = selfawait()
try:
    run(me)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)

async def ag():
    await g.asend(None)
    yield 1
g = ag()
try:
    run(g.asend(None))
except RuntimeError as e:
    print("RE", e)

async def ag2():
    yield 1
g2 = ag2()
a1 = g2.asend(None)
a2 = g2.asend(None)
try:
    a1.send(None)
except StopIteration as e:
    print("a1", e.value)
try:
    a2.send(None)
except StopAsyncIteration:
    print("a2 done")
try:
    a2.send(None)
except RuntimeError as e:
    print("RE", e)
g3 = ag2()
try:
    g3.asend(5).send(None)
except TypeError as e:
    print("TE", e)
print(g3.athrow(ValueError).throw(KeyError) if False else "skip")
c = rec(1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w); next(w)
except StopIteration as e:
    print("stop", e.value)
async def sleeper():
    class T:
        def __await__(self):
            yield
    await T()
s = sleeper()
s.send(None)
try:
    s.send(1)
except StopIteration:
    print("ok")
try:
    s.send(None)
except RuntimeError as e:
    print("RE", e)
try:
    s.throw(ValueError)
except RuntimeError as e:
    print("RE", e)
s.close()
print("end")
