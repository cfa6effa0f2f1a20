# Start methods: the default context, set_start_method, get_context('spawn') and spawned children.
import multiprocessing as mp
import sys


def square(x, q):
    q.put((x * x, __name__, mp.current_process().name))


def report(q):
    import multiprocessing
    q.put(multiprocessing.get_start_method(allow_none=True))


if __name__ == '__main__':
    print(mp.get_start_method())
    print(mp.get_all_start_methods())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        mp.get_context('nope')
    except ValueError as e:
        print('ValueError:', e)

    q = mp.Queue()
    p = mp.Process(target=square, args=(7, q))
    p.start()
    print('spawned child:', q.get(timeout=60))
    p.join()
    print(p.exitcode)

    ctx = mp.get_context('fork')
    print(type(ctx).__name__, ctx.get_start_method())
    q = ctx.Queue()
    p = ctx.Process(target=square, args=(3, q))
    p.start()
    print('forked child:', q.get(timeout=60))
    p.join()

    sctx = mp.get_context('spawn')
    print(type(sctx).__name__, sctx.get_start_method())
    q = sctx.Queue()
    p = sctx.Process(target=report, args=(q,))
    p.start()
    print('spawned child start method:', q.get(timeout=60))
    p.join()
    print(type(p).__name__, p.exitcode)

    fctx = mp.get_context('forkserver')
    q = fctx.Queue()
    p = fctx.Process(target=square, args=(4, q))
    p.start()
    print('forkserver child:', q.get(timeout=60))
    p.join()
    print(type(p).__name__, p.exitcode)
