# Each process has its own memory: a child's writes are not seen by the parent.
import multiprocessing as mp
import os

counter = 0
items = ['parent']


class Box:
    value = 'class attribute'


def child(q):
    global counter
    counter += 100
    items.append('child')
    Box.value = 'changed by child'
    os.environ['MP_TEST_VAR'] = 'child'
    q.put((counter, list(items), Box.value, os.environ.get('MP_TEST_VAR')))


def who(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, parent.name, parent.pid == os.getppid(), me.pid == os.getpid(),
           mp.parent_process().is_alive(), mp.active_children()))


if __name__ == '__main__':
    counter = 1
    items.append('before start')
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print('child saw', q.get(timeout=60))
    p.join()
    print('parent has', counter, items, Box.value, os.environ.get('MP_TEST_VAR'))

    print(mp.current_process().name, mp.parent_process())
    print(type(mp.current_process()).__name__)
    print(mp.active_children())
    c = mp.Process(target=who, args=(q,), name='asker')
    c.start()
    print(q.get(timeout=60))
    print([x.name for x in mp.active_children()] in ([], ['asker']))
    c.join()
    print(mp.active_children())
    n = mp.cpu_count()
    print(type(n).__name__, n >= 1)
