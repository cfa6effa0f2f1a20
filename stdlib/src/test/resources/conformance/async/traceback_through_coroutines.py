def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def inner(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x

async def middle(n):
    total = 0
    async with CM():
        for i in range(n):
            total += await inner(i)
    return total

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)

async def agen():
    yield 1
    raise KeyError("in agen")

async def main():
    print(await middle(3))
    try:
        async for v in agen():
            print(v)
    except KeyError as e:
        print("KE", e)
    await middle(5)

run(main())
