# BaseManager.register with a user class, proxy reprs, and objects that pools refuse to pickle.
import multiprocessing as mp
from multiprocessing.managers import BaseManager
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


class Counter:
    def __init__(self, start=0):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n

    def get(self):
        return self.n

    def _hidden(self):
        return 'hidden'


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def bump(counter):
    counter.inc(10)


def worker_name(_):
    return mp.current_process().name.rsplit('-', 1)[0]


def use(obj):
    return 'used'


if __name__ == '__main__':
    with MyManager() as m:
        c = m.Counter(5)
        print(c.inc(), c.get())
        p = mp.Process(target=bump, args=(c,))
        p.start()
        p.join()
        print(c.get(), mask(repr(c)).split(',')[0])
        try:
            c._hidden()
        except AttributeError as e:
            print('AttributeError:', e)
        except Exception as e:
            print(type(e).__name__, e)

    with mp.Manager() as sm:
        l = sm.list([1, 2])
        ns = sm.Namespace(a=1)
        print(mask(repr(l)), str(l), mask(repr(ns)), str(ns))
        d = sm.dict()
        d['k'] = [1]
        d['k'].append(2)
        print(d['k'], len(d))

    pool = mp.Pool(2)
    print(repr(pool))
    print(sorted(set(pool.map(worker_name, range(4)))))
    for obj in (mp.Queue(), mp.Lock(), mp.Value('i', 1)):
        try:
            pool.apply(use, (obj,))
        except RuntimeError as e:
            print('RuntimeError:', e)
    pool.close()
    print(repr(pool))
    pool.join()
    pool.terminate()
    print(repr(pool))
