# TaskGroup: waits for all its tasks; the first failure cancels the others and the body;
# failures come out together as an ExceptionGroup (handled with except*).
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def main():
    async with asyncio.TaskGroup() as group:
        first = group.create_task(value('one', 0.01))
        second = group.create_task(value('two'), name='second')
        print(repr(group), second.get_name())
    print(first.result(), second.result(), repr(group))

    log = []

    async def long_running(name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append(f'{name} cancelled')
            raise

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(long_running('sibling'))
            # both fail in the same loop iteration, before the group cancels the rest
            group.create_task(fail(ValueError('bad value')))
            group.create_task(fail(KeyError('missing')))
            await asyncio.sleep(10)
            log.append('body not reached')
    except* ValueError as eg:
        print('ValueErrors:', eg.message, [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyErrors:', [repr(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(long_running('task of failing body'))
            await asyncio.sleep(0)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])
    print(log)

    async def cancelled_from_outside():
        async with asyncio.TaskGroup() as group:
            group.create_task(long_running('inner of cancelled'))
            await asyncio.sleep(10)

    t = asyncio.create_task(cancelled_from_outside())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancellation propagated:', log[-1])

    group = asyncio.TaskGroup()

    def try_create_task():
        coro = value(1)
        try:
            group.create_task(coro)
        except RuntimeError as e:
            print('RuntimeError:', e)
        coro.close()

    try_create_task()
    async with group:
        pass
    try_create_task()
    try:
        async with group:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail(SystemExit(3)))
            await asyncio.sleep(1)
    except SystemExit as e:
        print('SystemExit passes through:', e.code)


asyncio.run(main())
