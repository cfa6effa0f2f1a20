# wait_for, timeout(), timeout_at(), wait() and as_completed, with small timeouts whose output
# does not depend on timing margins.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def slow_with_cleanup(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('cleanup ran')
        raise


async def main():
    print(await asyncio.wait_for(value('in time', 0.001), timeout=5))
    print(await asyncio.wait_for(value('no timeout'), None))
    log = []
    try:
        await asyncio.wait_for(slow_with_cleanup(log), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(value('zero', 1), 0)
    except asyncio.TimeoutError:
        print('timeout 0 raises TimeoutError')

    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('timeout not expired:', cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('timeout() expired:', cm.expired(), repr(cm), type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout_at rescheduled into the past expired:', cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(None)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('the block sees CancelledError')
                raise
    except TimeoutError:
        print('and the caller TimeoutError')

    # wait()
    tasks = [asyncio.create_task(value(i, d)) for i, d in ((1, 0.2), (2, 0.001), (3, 10))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks[:2])
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    tasks[2].cancel()

    bad = [asyncio.create_task(value(1, 10)),
           asyncio.create_task(asyncio.sleep(0.2)),
           asyncio.create_task(value(None, 0.3))]

    async def fail():
        await asyncio.sleep(0.005)
        raise ValueError('failed early')

    bad.append(asyncio.create_task(fail()))
    done, pending = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(bad)
    print(len(done), len(pending))

    for args, kwargs in (((set(),), {}), ((tasks,), {'return_when': 'SOMETIMES'}),
                         ((tasks[0],), {})):
        try:
            await asyncio.wait(*args, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    coro = value(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()

    order = []
    for next_done in asyncio.as_completed([value('c', 0.2), value('a', 0.001), value('b', 0.1)]):
        order.append(await next_done)
    print(order)
    results = []
    try:
        for next_done in asyncio.as_completed([value('quick', 0), value('late', 10)], timeout=0.05):
            results.append(await next_done)
    except TimeoutError:
        print('as_completed timed out after', results)


asyncio.run(main())
