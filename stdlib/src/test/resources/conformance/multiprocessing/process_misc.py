# Stopping busy and sleeping children, output flushed at a child's exit, grandchildren,
# threads inside a child, a child started from a thread, large messages.
import multiprocessing as mp
import threading
import time


def busy(started):
    started.set()
    while True:
        pass


def sleeper(started):
    started.set()
    time.sleep(1000)


def blocked_get(started, q):
    started.set()
    q.get()


def unflushed():
    print('printed by the child without flush')


def grandchild(q):
    q.put(('grandchild', mp.parent_process().name, mp.current_process().name))


def child_with_child(q):
    g = mp.Process(target=grandchild, args=(q,), name='g')
    g.start()
    g.join()
    q.put(('child', g.exitcode, [c.name for c in mp.active_children()]))


def threads_in_child(q):
    out = []
    ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q.put((sorted(out), threading.current_thread().name, threading.active_count()))


def echo_size(q, data):
    q.put(len(data))


if __name__ == '__main__':
    for target, extra in ((busy, ()), (sleeper, ()), (blocked_get, (mp.Queue(),))):
        started = mp.Event()
        p = mp.Process(target=target, args=(started,) + extra)
        p.start()
        started.wait(60)
        p.terminate()
        p.join(60)
        print(target.__name__, 'terminated:', p.exitcode)

    p = mp.Process(target=unflushed)
    p.start()
    p.join()
    print('parent after the child')

    q = mp.Queue()
    p = mp.Process(target=child_with_child, args=(q,), name='c')
    p.start()
    print(q.get(timeout=60))
    print(q.get(timeout=60))
    p.join()

    p = mp.Process(target=threads_in_child, args=(q,))
    p.start()
    print(q.get(timeout=60))
    p.join()

    result = []
    def from_thread():
        c = mp.Process(target=grandchild, args=(q,), name='from-thread')
        c.start()
        c.join()
        result.append(c.exitcode)
    t = threading.Thread(target=from_thread)
    t.start()
    t.join()
    print(q.get(timeout=60), result)

    big = b'x' * (1 << 20)
    p = mp.Process(target=echo_size, args=(q, big))
    p.start()
    print(q.get(timeout=60))
    p.join()
    q.put(big * 2)
    print(len(q.get(timeout=60)))

    mp.freeze_support()
    p = mp.Process(target=print, args=('run() in the parent',))
    p.run()
    print(p.exitcode, mp.Array('i', range(3))[:])
