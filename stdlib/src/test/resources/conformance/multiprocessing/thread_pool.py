# multiprocessing.pool.ThreadPool: the Pool interface over threads (shared memory, lambdas work).
from multiprocessing.pool import ThreadPool
import threading

seen = []


def record(x):
    seen.append(x)
    return threading.current_thread().name.startswith('Thread')


if __name__ == '__main__':
    with ThreadPool(3) as tp:
        print(tp.map(lambda x: x + 1, range(5)))
        print(tp.apply(pow, (2, 10)))
        r = tp.apply_async(lambda: 'async')
        print(r.get(60), r.successful())
        print(sorted(tp.imap_unordered(str, [3, 1, 2])))
        print(tp.starmap(max, [(1, 5), (7, 2)]))
        print(all(tp.map(record, range(4))), sorted(seen))
        try:
            tp.apply(int, ('x',))
        except ValueError as e:
            print('ValueError:', e)
    tp = ThreadPool(2)
    print(tp.map(abs, [-1, -2]))
    tp.close()
    tp.join()
    print('done')
