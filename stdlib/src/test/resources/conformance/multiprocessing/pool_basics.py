# Pool: apply, apply_async, map, map_async, imap, imap_unordered, starmap, results and errors.
import multiprocessing as mp
import os
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    raise ValueError(f'bad value {x}')


def fail_on_three(x):
    if x == 3:
        raise ValueError(f'bad value {x}')
    return x


def wait_on(ev):
    ev.wait(60)
    return 'released'


def init(tag):
    global TAG
    TAG = tag


def tagged(x):
    return f'{TAG}:{x}'


def pid_of(_):
    return os.getpid()


if __name__ == '__main__':
    with mp.Pool(2, initializer=init, initargs=('w',)) as pool:
        print(pool.apply(square, (7,)), pool.apply(add, (1,), {'b': 2}))
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3), pool.map(square, []))
        print(pool.map(tagged, 'abc'))
        print(list(pool.imap(square, range(6))), list(pool.imap(square, range(6), 4)))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.starmap_async(add, [('a', 'b')]).get(60))
        r = pool.map_async(square, [1, 2, 3])
        print(r.get(timeout=60), r.ready(), r.successful())

        got = []
        r = pool.apply_async(square, (5,), callback=got.append)
        r.wait(60)
        print(r.get(), r.ready(), r.successful())
        errs = []
        r = pool.apply_async(fail, (3,), error_callback=errs.append)
        try:
            r.get(60)
        except ValueError as e:
            print('ValueError re-raised:', e)
        print(r.successful(), [type(e).__name__ for e in errs])
        r = pool.map_async(square, [4, 6], callback=got.append)
        r.wait(60)
        print(got)

        m = mp.Manager()
        ev = m.Event()
        r = pool.apply_async(wait_on, (ev,))
        try:
            r.get(timeout=0.05)
        except mp.TimeoutError as e:
            print('TimeoutError', type(e).__module__, e.args)
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print('ValueError:', mask(str(e)))
        ev.set()
        print(r.get(60))
        m.shutdown()

        try:
            pool.map(fail_on_three, [1, 2, 3, 4], chunksize=1)
        except ValueError as e:
            print('map re-raised:', e)
        try:
            list(pool.imap(fail, [5]))
        except ValueError as e:
            print('imap re-raised:', e)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, mask(str(e)))
        try:
            pool.join()
        except ValueError as e:
            print('ValueError:', e)
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('ValueError:', e)

    pool = mp.Pool(processes=1, maxtasksperchild=1)
    pids = pool.map(pid_of, range(3), chunksize=1)
    print('maxtasksperchild gives fresh workers:', len(set(pids)) == 3)
    pool.close()
    try:
        pool.apply_async(square, (1,))
    except ValueError as e:
        print('ValueError:', e)
    pool.join()
    print('closed and joined')

    pool = mp.Pool(2)
    print(pool.apply_async(square, (9,)).get(60))
    pool.terminate()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)
    print(repr(mp.Pool).startswith('<bound method'))
