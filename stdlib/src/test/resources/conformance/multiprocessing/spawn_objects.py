# Spawned children get their arguments by pickling: locks, events, values, arrays, pipes, queues.
import multiprocessing as mp
import sys


def use_all(lock, ev, v, arr, conn, q):
    with lock:
        v.value += 1
        arr[0] = 99
    conn.send(('pipe', v.value))
    q.put('queue')
    ev.wait(60)
    q.put('event seen')


def fails():
    raise RuntimeError('spawned child fails')


def exits():
    sys.exit(4)


def cube(x):
    return x ** 3


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    lock, ev = ctx.Lock(), ctx.Event()
    v, arr = ctx.Value('i', 41), ctx.Array('d', [0.5, 1.5])
    a, b = ctx.Pipe()
    q = ctx.Queue()
    p = ctx.Process(target=use_all, args=(lock, ev, v, arr, b, q))
    p.start()
    print(a.recv(), q.get(timeout=60))
    ev.set()
    print(q.get(timeout=60))
    p.join()
    print(p.exitcode, v.value, arr[:])

    for target in (fails, exits):
        p = ctx.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)

    with ctx.Pool(2) as pool:
        print(pool.map(cube, range(5)))
    print(ctx.active_children() if hasattr(ctx, 'active_children') else [])
