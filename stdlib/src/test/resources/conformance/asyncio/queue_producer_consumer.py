# asyncio.Queue between producers and consumers: FIFO order, a bounded queue making put()
# wait, task_done()/join(), LifoQueue, PriorityQueue, QueueEmpty/QueueFull.
import asyncio


async def producer(queue, name, items, log):
    for item in items:
        await queue.put((name, item))
        log.append(f'put {name}{item}')


async def consumer(queue, name, log):
    while True:
        who, item = await queue.get()
        log.append(f'{name} got {who}{item}')
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full(), queue.qsize(), str(queue))
    log = []
    consumers = [asyncio.create_task(consumer(queue, f'c{i}', log)) for i in range(2)]
    await asyncio.gather(producer(queue, 'p', range(4), log), producer(queue, 'q', range(2), log))
    await queue.join()
    for line in log:
        print(line)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(str(queue))

    q = asyncio.Queue(1)
    q.put_nowait('x')
    print(q.full(), str(q))
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.sleep(0)
    await q.put('after a cancelled getter')
    print(await q.get())

    waiting = asyncio.create_task(asyncio.wait_for(q.get(), 0.01))
    try:
        await waiting
    except TimeoutError:
        print('get() timed out', str(q))

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for item in (3, 1, 2):
        await lifo.put(item)
        await prio.put((item, f'job{item}'))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])
    print(asyncio.Queue[int])


asyncio.run(main())
