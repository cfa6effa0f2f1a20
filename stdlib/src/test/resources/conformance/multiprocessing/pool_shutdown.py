# After a Pool or ThreadPool shuts down no worker processes or helper threads are left.
import multiprocessing as mp
from multiprocessing.pool import ThreadPool
import threading


def square(x):
    return x * x


if __name__ == '__main__':
    before = threading.active_count()
    print(mp.active_children())
    with mp.Pool(3) as pool:
        print(pool.map(square, range(5)))
        print(len(mp.active_children()) == 3, threading.active_count() > before)
    pool.join()
    print(mp.active_children(), threading.active_count() == before)

    pool = mp.Pool(2)
    print(pool.apply(square, (4,)))
    pool.close()
    pool.join()
    print(mp.active_children(), threading.active_count() == before)

    tp = ThreadPool(4)
    print(tp.map(square, range(3)))
    tp.terminate()
    tp.join()
    print(threading.active_count() == before)
    with ThreadPool(2) as tp:
        tp.map(square, range(3))
    tp.join()
    print(threading.active_count() == before, mp.active_children())
