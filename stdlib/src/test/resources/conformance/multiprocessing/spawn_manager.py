# A Manager and a Pool from the spawn context; the names of manager and pool worker processes.
import multiprocessing as mp


def add_entry(d, key):
    d[key] = key * 2


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Manager() as m:
        print(sorted(c.name for c in mp.active_children()))
    pool = mp.Pool(2)
    print(sorted(c.name for c in mp.active_children()))
    pool.terminate()
    pool.join()

    ctx = mp.get_context('spawn')
    with ctx.Manager() as m:
        d = m.dict()
        d['parent'] = 1
        p = ctx.Process(target=add_entry, args=(d, 21))
        p.start()
        p.join()
        print(sorted(d.items(), key=str), sorted(c.name for c in mp.active_children()))
    with ctx.Pool(1) as pool:
        print(pool.map(square, range(4)), sorted(w.name for w in pool._pool))
    print(mp.active_children())
