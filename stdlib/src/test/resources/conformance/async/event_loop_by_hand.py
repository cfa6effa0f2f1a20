# A tiny event loop over generator-based futures: the protocol asyncio is built on.
import collections
import heapq


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = collections.deque()
        self.timers = []
        self.seq = 0

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.seq += 1
        heapq.heappush(self.timers, (self.now + delay, self.seq, fn, args))

    def sleep(self, delay, value=None):
        fut = Future()
        self.call_later(delay, fut.set_result, value)
        return fut

    def spawn(self, coro):
        task = Future()

        def step(value=None):
            try:
                fut = coro.send(value)
            except StopIteration as stop:
                task.set_result(stop.value)
                return
            fut.callbacks.append(lambda f: self.call_soon(step, f.result))

        self.call_soon(step)
        return task

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, fn, args = heapq.heappop(self.timers)
                self.now = when
                self.ready.append((fn, args))
            fn, args = self.ready.popleft()
            fn(*args)


loop = Loop()
log = []


async def worker(name, delays):
    total = 0
    for d in delays:
        got = await loop.sleep(d, d * 10)
        log.append((loop.now, name, got))
        total += got
    return total


async def ticker(n):
    async for t in Ticks(n):
        log.append((loop.now, "tick", t))


class Ticks:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await loop.sleep(1.5)
        return self.i


async def main():
    a = loop.spawn(worker("a", [1, 3, 2]))
    b = loop.spawn(worker("b", [2, 2, 2]))
    t = loop.spawn(ticker(4))
    results = [await a, await b]
    await t
    return results


top = loop.spawn(main())
loop.run()
for entry in log:
    print(*entry)
print("results", top.result, "at", loop.now)
