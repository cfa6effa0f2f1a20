# asyncio.Runner, the current loop of a thread, run_until_complete corner cases, task
# factories, and asynchronous generators closed when asyncio.run() shuts down.
import asyncio


async def answer(x=42):
    await asyncio.sleep(0)
    return x


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(answer()), runner.run(answer(7)), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    try:
        runner.run(1)
    except ValueError as e:
        print('ValueError:', e)
print(loop.is_closed())
try:
    runner.run(answer())
except RuntimeError as e:
    print('RuntimeError:', e)

runner = asyncio.Runner(debug=True)
print(runner.get_loop().get_debug())
runner.close()
runner.close()

loop = asyncio.new_event_loop()
print(repr(loop).split(' ', 1)[1])
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)

fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print('RuntimeError:', e)
other = asyncio.new_event_loop()
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print('ValueError:', e)
other.close()


def factory(loop, coro):
    print('factory makes a task for', coro.__name__)
    return asyncio.Task(coro, loop=loop)


loop.set_task_factory(factory)
print(loop.get_task_factory() is factory)
print(loop.run_until_complete(answer()))
loop.set_task_factory(None)


def run_nested():
    try:
        loop.run_until_complete(answer())
    except RuntimeError as e:
        print('RuntimeError:', e)


async def runs_nested():
    run_nested()

loop.run_until_complete(runs_nested())
print(loop.run_until_complete(loop.run_in_executor(None, str, 'executor')))
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, str, 'again')
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()
try:
    loop.close()
    print('close twice is fine')
except RuntimeError as e:
    print('RuntimeError:', e)


async def ticker(log):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append('ticker closed')


async def main():
    log = []
    agen = ticker(log)
    print(await agen.__anext__(), await anext(agen))
    squares = [i * i async for i in ticker(log) if i % 2]
    print(squares, log)
    return agen, log

agen, log = asyncio.run(main())
print(log)
