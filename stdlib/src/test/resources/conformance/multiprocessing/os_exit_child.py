# os._exit(n) in a child: the process ends at once with exit code n, skipping finally blocks.
import multiprocessing as mp
import os


def hard_exit(q):
    try:
        q.put('before')
        os._exit(3)
    finally:
        q.put('finally must not run')


if __name__ == '__main__':
    q = mp.SimpleQueue()
    p = mp.Process(target=hard_exit, args=(q,))
    p.start()
    p.join()
    print('os._exit ->', p.exitcode, q.get(), q.empty())
