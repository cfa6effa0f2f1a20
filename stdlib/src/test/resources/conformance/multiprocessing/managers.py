# A Manager's shared dict, list, Namespace, Queue, Lock and Value, used from child processes.
import multiprocessing as mp


def work(d, l, ns, q, lock, v, i):
    with lock:
        d[i] = i * i
        l.append(i)
        v.value += i
    if i == 0:
        ns.flag = 'set by child'
    q.put(('done', i))


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict({'start': 0})
        l = m.list([10])
        ns = m.Namespace()
        ns.x = 1
        q = m.Queue()
        lock = m.Lock()
        v = m.Value('i', 0)
        ps = [mp.Process(target=work, args=(d, l, ns, q, lock, v, i)) for i in range(3)]
        for p in ps:
            p.start()
        done = sorted(q.get(timeout=60) for _ in ps)
        for p in ps:
            p.join()
        print(done)
        print(sorted(d.items(), key=str), len(d), 'start' in d, d.get(1), d.get(9, 'none'))
        print(sorted(l), len(l), l[0])
        print(ns.x, ns.flag, v.value)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError:', e)
        try:
            d['nope']
        except KeyError as e:
            print('KeyError:', e)
        l.extend([1, 2])
        l.sort()
        print(l[:], str(l), str(d) == repr(dict(d)))
        d.update(a=1)
        print(d.pop('a'), d.setdefault('z', 26), 'z' in d.keys())
        del d['start']
        print(sorted(d.keys(), key=str), sorted(d.values()))
        print(lock.acquire(), lock.release())
        print(q.empty(), q.qsize())
        q.put('x')
        print(q.get(), q.empty())
        ev = m.Event()
        ev.set()
        print(ev.is_set())
        a = m.Array('i', [1, 2, 3])
        print(len(a), a[1])
        print(type(d).__name__, type(l).__name__, type(ns).__name__)
    print('manager shut down')
