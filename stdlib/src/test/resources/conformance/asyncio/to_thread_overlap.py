# Threads and the loop together: to_thread and run_in_executor run blocking calls while the
# loop goes on; call_soon_threadsafe, run_coroutine_threadsafe and wrap_future cross threads.
import asyncio
import concurrent.futures
import threading


def blocking(started, proceed, tag):
    started.set()
    # Only returns if the loop keeps running meanwhile: the main task sets proceed.
    if not proceed.wait(5):
        return f'{tag}: the loop was blocked'
    return f'{tag}: ran in {threading.current_thread().name.split("_")[0]}'


async def main():
    loop = asyncio.get_running_loop()
    started, proceed = threading.Event(), threading.Event()
    job = asyncio.create_task(asyncio.to_thread(blocking, started, proceed, 'to_thread'))
    while not started.is_set():
        await asyncio.sleep(0.001)
    proceed.set()
    print(await job)

    started.clear()
    proceed.clear()
    fut = loop.run_in_executor(None, blocking, started, proceed, 'run_in_executor')
    print(asyncio.isfuture(fut))
    await asyncio.to_thread(started.wait)
    proceed.set()
    print(await fut)

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, pow, 2, 10))

    def fails():
        raise ValueError('in the thread')

    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('ValueError:', e)

    # another thread hands results to the loop
    arrived = loop.create_future()

    def from_thread():
        loop.call_soon_threadsafe(arrived.set_result, 'from another thread')

    threading.Thread(target=from_thread).start()
    print(await arrived)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Thread(target=lambda: cf.set_result('concurrent result')).start()
    print(await wrapped, asyncio.wrap_future(wrapped) is wrapped)

    async def on_the_loop(x):
        await asyncio.sleep(0)
        return x * 2

    outcome = await asyncio.to_thread(
        lambda: asyncio.run_coroutine_threadsafe(on_the_loop(21), loop).result(5))
    print('run_coroutine_threadsafe:', outcome)
    future = asyncio.run_coroutine_threadsafe(on_the_loop(1), loop)
    print(type(future).__module__, type(future).__name__)
    print(await asyncio.wrap_future(future))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())


def loop_in_thread(results):
    async def work():
        await asyncio.sleep(0.01)
        return threading.current_thread().name

    results.append(asyncio.run(work()))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results.append(str(e))


results = []
t = threading.Thread(target=loop_in_thread, args=(results,), name='worker')
t.start()
t.join()
print(results)
