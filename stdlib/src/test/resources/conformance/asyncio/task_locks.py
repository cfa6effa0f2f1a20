# asyncio's locks between tasks: Lock order and repr, Event, Condition, Semaphore,
# BoundedSemaphore, Barrier.
import asyncio


def state(primitive):
    return repr(primitive).split('[')[1].rstrip(']>')


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f'{name} in')
            await asyncio.sleep(0.001)
            log.append(f'{name} out')

    print(state(lock), lock.locked())
    await asyncio.gather(*(critical(n) for n in 'abc'))
    print(log)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(await waiter, state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    cancelled = asyncio.create_task(lock.acquire())
    second = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    cancelled.cancel()
    lock.release()
    await second
    print('second got the lock after the cancelled waiter:', lock.locked(), cancelled.cancelled())
    lock.release()

    event = asyncio.Event()
    print(state(event), event.is_set())

    async def wait_event(name):
        await event.wait()
        log.append(f'{name} saw the event')

    log.clear()
    waiters = [asyncio.create_task(wait_event(n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    await asyncio.gather(*waiters)
    print(log, await event.wait())
    event.clear()
    print(event.is_set())

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'{name} took {items.pop(0)}')

    log.clear()
    consumers = [asyncio.create_task(consume(n)) for n in ('k1', 'k2', 'k3')]
    await asyncio.sleep(0)
    async with cond:
        items.append('first')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['second', 'third'])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0

    async def limited(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.001)
            running -= 1
        return i

    print(state(sem))
    print(await asyncio.gather(*(limited(i) for i in range(5))), 'peak', peak)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    print(state(bounded), bounded.locked())
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)

    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties)

    async def meet(name):
        log.append(f'{name} arrives')
        index = await barrier.wait()
        log.append(f'{name} leaves')
        return index

    log.clear()
    indexes = await asyncio.gather(*(meet(n) for n in ('x', 'y', 'z')))
    print(sorted(indexes), log)
    first = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(state(barrier), barrier.n_waiting)
    await barrier.abort()
    try:
        await first
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e, barrier.broken, state(barrier))
    await barrier.reset()
    print(state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
