import types, inspect, sys

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    print("x", x)
    try:
        await add(1, "a")
    except TypeError as e:
        print("TE", e)
    return x * 10

c = main()
print(type(c).__name__, inspect.iscoroutine(c), inspect.iscoroutinefunction(main))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)

class Fut:
    def __init__(self):
        self.result = None
    def __await__(self):
        v = yield self
        return v

async def waiter():
    r = await Fut()
    print("got", r)
    return r + 1

c = waiter()
f = c.send(None)
print(type(f).__name__)
try:
    c.send(41)
except StopIteration as e:
    print("ret", e.value)

class AIter:
    def __init__(self, n):
        self.i = 0; self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        yield i * i
        await Fut()

class ACM:
    async def __aenter__(self):
        print("enter")
        return "cm"
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False

def run(coro):
    v = None
    while True:
        try:
            coro.send(v)
        except StopIteration as e:
            return e.value

async def main2():
    async for x in AIter(3):
        print("ai", x)
    else:
        print("else")
    async for y in agen(3):
        print("ag", y)
    print([x async for x in AIter(4)])
    print({x: await add(x, 1) for x in range(3)})
    async with ACM() as v:
        print("in", v)
    try:
        async with ACM() as v:
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    g = agen(2)
    print(await g.__anext__(), await anext(g))
    print(await anext(g, "dflt"))
    it = aiter(AIter(1))
    print(await anext(it), await anext(it, None))
    gen = (i async for i in AIter(3))
    print(type(gen).__name__, [i async for i in gen])
    return "main2 done"

print(run(main2()))
print(types.CoroutineType, types.AsyncGeneratorType)

@types.coroutine
def sleep0():
    yield

async def uses_sleep():
    await sleep0()
    return "slept"
print(run(uses_sleep()))
c = add(1, 2)
print(repr(c)[:22])
c.close()
async def ag2():
    yield 1
print(repr(ag2())[:30])
