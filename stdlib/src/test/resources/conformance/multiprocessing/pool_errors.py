# Pool: exceptions of user-defined types, results that cannot be pickled, timeouts of imap.
import multiprocessing as mp
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


class AppError(Exception):
    pass


def raise_app(x):
    raise AppError('app failed', x)


def make_generator(x):
    return (i for i in range(x))


def slow_identity(args):
    x, ev = args
    ev.wait(60)
    return x


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        try:
            pool.apply(raise_app, (7,))
        except AppError as e:
            print('AppError', e.args)
        try:
            pool.apply(make_generator, (3,))
        except Exception as e:
            print(type(e).__name__, mask(str(e)))
        errors = []
        r = pool.map_async(raise_app, [1], error_callback=errors.append)
        r.wait(60)
        print(r.ready(), r.successful(), [type(e).__name__ for e in errors])
        m = mp.Manager()
        ev = m.Event()
        it = pool.imap(slow_identity, [(1, ev), (2, ev)])
        try:
            it.next(timeout=0.05)
        except mp.TimeoutError:
            print('imap next timed out')
        ev.set()
        print(it.next(timeout=60), next(it))
        try:
            next(it)
        except StopIteration:
            print('StopIteration')
        m.shutdown()
        print(pool.apply(divmod, (17, 5)), pool.map(len, ['ab', 'cde']))
