# Tasks interleave at each await: sleep(0) ordering, create_task scheduling order, results,
# names and reprs, current_task and all_tasks.
import asyncio


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return f'{name} done'


async def main():
    log = []
    tasks = [asyncio.create_task(worker(n, s, log)) for n, s in (('a', 3), ('b', 1), ('c', 2))]
    print([t.get_name() for t in tasks])
    print(repr(tasks[0]).replace(__file__, 'FILE'))
    print(log)
    await asyncio.sleep(0)
    print(log)
    for t in tasks:
        print(await t)
    print(log)
    print(repr(tasks[0]).replace(__file__, 'FILE'))

    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__, me in asyncio.all_tasks())
    t = asyncio.create_task(worker('d', 1, log), name='custom')
    t.set_name('renamed')
    print(t.get_name(), len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()))

    async def sleeper(delay, tag):
        await asyncio.sleep(delay)
        log.append(tag)

    log.clear()
    await asyncio.gather(sleeper(0.2, 'slow'), sleeper(0.01, 'fast'), sleeper(0.1, 'mid'))
    print(log)
    print(await asyncio.sleep(0, 'result of sleep(0)'))

    async def fails():
        await asyncio.sleep(0)
        raise ValueError('boom')

    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print('ValueError:', e, t.done(), repr(t.exception()))
    print(repr(t).replace(__file__, 'FILE'))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def await_self():
        await asyncio.sleep(0)
        await me_task

    me_task = asyncio.create_task(await_self())
    try:
        await me_task
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, sum, [1, 2, 3])
    print(await fut)
    print(await asyncio.ensure_future(asyncio.sleep(0, 'ensured')))
    return 'main result'


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
coro = main()
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(1))
coro.close()
try:
    asyncio.run(1)
except ValueError as e:
    print('ValueError:', e)


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(nested_run())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
