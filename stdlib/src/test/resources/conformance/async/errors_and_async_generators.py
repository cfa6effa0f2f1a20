import sys

def run(coro):
    v = None
    while True:
        try:
            v = coro.send(v)
        except StopIteration as e:
            return e.value

class Sus:
    def __await__(self):
        return (yield "suspended")

async def f():
    return 1

async def main():
    c = f()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RE", e)
    for bad in (1, None, "s"):
        try:
            await bad
        except TypeError as e:
            print("TE", e)
    class BadAwait:
        def __await__(self):
            return 5
    try:
        await BadAwait()
    except TypeError as e:
        print("TE", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TE", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TE", e)
    class OnlyEnter:
        async def __aenter__(self): return 1
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TE", e)
    class SyncEnter:
        def __aenter__(self): return 1
        def __aexit__(self, *a): return 1
    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("TE", e)
    try:
        aiter(3)
    except TypeError as e:
        print("TE", e)
    try:
        anext(3)
    except TypeError as e:
        print("TE", e)
    async def raises_stop():
        raise StopIteration(5)
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RE", e, type(e.__cause__).__name__)
    return "ok"

print(run(main()))

# throw and close on coroutines
async def catcher():
    try:
        await Sus()
    except ValueError as e:
        print("caught inside", e)
        return "handled"
    finally:
        print("finally")

c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)

c = catcher()
c.send(None)
c.close()
print(c.cr_frame)

c = catcher()
print(c.cr_running, c.cr_suspended if hasattr(c, "cr_suspended") else "-", c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_frame is not None)
c.close()

# async generators
async def agen():
    try:
        yield 1
        await Sus()
        yield 2
    finally:
        print("agen finally")

async def consume():
    g = agen()
    print(await g.asend(None))
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = agen()
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("kk"))
    except KeyError as e:
        print("athrow", repr(e))
    g = agen()
    await g.aclose()
    print("closed fresh")

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RE", e)

    async def stopasync():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in stopasync():
            print("x", x)
    except RuntimeError as e:
        print("RE", e)
    async def sendy():
        got = yield "first"
        print("got", got)
        yield "second"
    g = sendy()
    print(await g.asend(None))
    print(await g.asend("hello"))
    a = g.asend(None)
    try:
        await a
    except StopAsyncIteration:
        print("end")
    try:
        await a
    except RuntimeError as e:
        print("RE", e)

run(consume())
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
async def g3():
    yield 1
async def use():
    async for _ in g3():
        pass
run(use())
print(len(seen), type(seen[0]).__name__)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
c = f()
try:
    iter(c)
except TypeError as e:
    print("TE", e)
try:
    next(c)
except TypeError as e:
    print("TE", e)
def g():
    yield from c
try:
    list(g())
except TypeError as e:
    print("TE", e)
c.close()
