# Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier across processes.
import multiprocessing as mp
import threading


def hold(lock, held, release):
    with lock:
        held.set()
        release.wait()


def try_release(lock, q):
    try:
        lock.release()
        q.put('released')
    except Exception as e:
        q.put(f'{type(e).__name__}: {e}')


def at_barrier(barrier, q):
    q.put(barrier.wait(60) >= 0)


def waiter(cond, ready, q):
    with cond:
        ready.set()
        cond.wait_for(lambda: True, 0)
        q.put(cond.wait(60))


def sem_worker(sem, inside, peak, lock, done):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        done.wait(0.01)
        with lock:
            inside.value -= 1


if __name__ == '__main__':
    lock = mp.Lock()
    print(repr(lock), lock.acquire(), repr(lock), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)

    held, release = mp.Event(), mp.Event()
    p = mp.Process(target=hold, args=(lock, held, release))
    p.start()
    held.wait(60)
    print('held by child', lock.acquire(timeout=0.05), repr(lock).startswith('<Lock(owner='))
    release.set()
    p.join()
    print('free again', lock.acquire(timeout=60))
    lock.release()

    rl = mp.RLock()
    print(repr(rl))
    with rl:
        with rl:
            print(repr(rl))
    try:
        rl.release()
    except AssertionError as e:
        print('AssertionError:', e)
    rl.acquire()
    q = mp.Queue()
    p = mp.Process(target=try_release, args=(rl, q))
    p.start()
    print('child releasing an RLock:', q.get(timeout=60))
    p.join()
    rl.release()

    s = mp.Semaphore(2)
    print(repr(s), s.get_value(), s.acquire(), s.acquire(), s.acquire(timeout=0.01), repr(s))
    s.release(); s.release(); s.release()
    print(s.get_value())
    bs = mp.BoundedSemaphore(1)
    print(repr(bs))
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    sem = mp.Semaphore(2)
    inside, peak, counts = mp.Value('i', 0), mp.Value('i', 0), mp.Lock()
    done = mp.Event()
    ws = [mp.Process(target=sem_worker, args=(sem, inside, peak, counts, done)) for _ in range(4)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print('peak within semaphore bound', 1 <= peak.value <= 2, inside.value)

    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    ev.set()
    print(ev.is_set(), ev.wait(), ev.wait(0))
    ev.clear()
    print(ev.is_set())

    cond = mp.Condition()
    print(repr(cond).startswith('<Condition('))
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError:', e)
    ready = mp.Event()
    p = mp.Process(target=waiter, args=(cond, ready, q))
    p.start()
    ready.wait(60)
    with cond:
        cond.notify_all()
    print('woken child says', q.get(timeout=60))
    p.join()
    with cond:
        print('wait timeout', cond.wait(0.01), cond.wait_for(lambda: 5, 0.01))

    barrier = mp.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    ps = [mp.Process(target=at_barrier, args=(barrier, q)) for _ in range(2)]
    for x in ps:
        x.start()
    me = barrier.wait(60)
    print('barrier passed', sorted([q.get(timeout=60), q.get(timeout=60)]), 0 <= me <= 2)
    for x in ps:
        x.join()
    barrier.abort()
    print(barrier.broken)
    try:
        barrier.wait()
    except threading.BrokenBarrierError as e:
        print('BrokenBarrierError', type(e) is mp.BrokenBarrierError if hasattr(mp, 'BrokenBarrierError') else True)
    barrier.reset()
    print(barrier.broken)
