# Objects that cannot be pickled: a lock in a Queue item (reported by the feeder thread), a
# generator as an argument of a spawned Process.
import multiprocessing as mp
import queue
import sys
import threading


def target(*args):
    pass


def numbers():
    yield 1


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    p = ctx.Process(target=target, args=(numbers(),))
    try:
        p.start()
    except TypeError as e:
        print('TypeError:', e)
    print(mp.active_children())
    try:
        ctx.Process(target=lambda: None).start()
    except Exception as e:
        print(type(e).__name__)

    q = mp.Queue()
    try:
        q.put(mp.Lock())
        print('put returned')
    except RuntimeError as e:
        print('RuntimeError:', e)
    q.put({'lock': threading.Lock()})
    print('put returned')
    q.put('after')
    print(q.get(timeout=60))
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('the unpicklable item was dropped')
    sys.stdout.flush()
    sys.exit(3)
