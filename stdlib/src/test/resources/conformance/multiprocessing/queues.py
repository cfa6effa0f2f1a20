# multiprocessing.Queue, SimpleQueue and JoinableQueue, within and across processes.
import multiprocessing as mp
import queue
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


if __name__ == '__main__':
    q = mp.Queue(2)
    print(q.empty(), q.qsize(), q.full())
    q.put('a')
    q.put('b')
    print(q.qsize(), q.full())
    try:
        q.put('c', timeout=0.05)
    except queue.Full:
        print('queue.Full after timeout')
    try:
        q.put_nowait('c')
    except queue.Full:
        print('queue.Full from put_nowait')
    try:
        q.put('c', block=False)
    except queue.Full:
        print('queue.Full from put(block=False)')
    print(q.get(), q.get(timeout=30))
    print(q.empty(), q.qsize(), q.full())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('queue.Empty after timeout')
    try:
        q.get_nowait()
    except queue.Empty:
        print('queue.Empty from get_nowait')
    print(mp.Queue().full(), mp.Queue(0)._maxsize > 1000)

    q.put({'nested': [1, (2, 3)], 'bytes': b'\x00\xff'})
    print(q.get(timeout=30))
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print('ValueError:', mask(str(e)))
    try:
        q.get()
    except (ValueError, OSError) as e:
        print(type(e).__name__, mask(str(e)))
    q.join_thread()

    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while (item := q.get(timeout=60)) is not None:
        got.append(item)
    p.join()
    print('from child', got)

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put(('x', 1))
    print(sq.empty(), sq.get(), sq.empty())
    p = mp.Process(target=producer, args=(sq, 3))
    p.start()
    got = []
    while (item := sq.get()) is not None:
        got.append(item)
    p.join()
    print('simple queue from child', got)
    sq.close()
    try:
        sq.get()
    except (OSError, ValueError) as e:
        print('closed SimpleQueue get:', type(e).__name__)

    jq = mp.JoinableQueue()
    results = mp.Queue()
    c = mp.Process(target=consumer, args=(jq, results))
    c.start()
    for i in range(4):
        jq.put(i)
    jq.put(None)
    jq.join()
    print('joined', sorted(results.get(timeout=60) for _ in range(4)))
    c.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)
    jq.put('one')
    jq.get()
    jq.task_done()
    jq.join()
    print('done')
