# Process subclasses, kwargs, attribute checks, daemonic children, sentinels and connection.wait.
import multiprocessing as mp
from multiprocessing import connection


class Worker(mp.Process):
    def __init__(self, q, n):
        super().__init__(name=f'worker-{n}')
        self.q = q
        self.n = n

    def run(self):
        self.q.put((self.name, self.n * 2, mp.current_process().name))


def spawn_grandchild(q):
    try:
        mp.Process(target=print).start()
    except AssertionError as e:
        q.put(f'AssertionError: {e}')


def keywords(q, a, *, b):
    q.put((a, b))


def send_after(conn, ev, text):
    ev.wait(60)
    conn.send(text)
    conn.close()


if __name__ == '__main__':
    q = mp.Queue()
    w = Worker(q, 21)
    w.start()
    print(q.get(timeout=60))
    w.join()
    print(w.exitcode, w.ident == w.pid, isinstance(w.sentinel, int))

    p = mp.Process(target=keywords, args=(q, 1), kwargs={'b': 2})
    p.start()
    print(q.get(timeout=60))
    p.join()

    d = mp.Process(target=spawn_grandchild, args=(q,), daemon=True)
    d.start()
    print(q.get(timeout=60))
    d.join()
    try:
        d.daemon = False
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        p.name = 5
    except AssertionError as e:
        print('AssertionError:', e)
    p.name = 'renamed'
    print(p.name, type(p.authkey).__name__, p.authkey == mp.current_process().authkey)
    try:
        mp.Process(target=print, group='g')
    except AssertionError as e:
        print('AssertionError:', e)

    ev1, ev2 = mp.Event(), mp.Event()
    r1, w1 = mp.Pipe(False)
    r2, w2 = mp.Pipe(False)
    p1 = mp.Process(target=send_after, args=(w1, ev1, 'one'))
    p2 = mp.Process(target=send_after, args=(w2, ev2, 'two'))
    p1.start()
    p2.start()
    print(connection.wait([r1, r2], timeout=0.05))
    ev2.set()
    ready = connection.wait([r1, r2], timeout=60)
    print([r is r2 for r in ready], ready[0].recv())
    ev1.set()
    print(connection.wait([r1], timeout=60) == [r1], r1.recv())
    p1.join()
    p2.join()
    print(connection.wait([p1.sentinel, p2.sentinel], timeout=60) == [p1.sentinel, p2.sentinel])
