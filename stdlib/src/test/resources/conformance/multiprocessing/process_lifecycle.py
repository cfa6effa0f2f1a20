# Process: names, daemon flag, exit codes, is_alive, join(timeout), close, start twice, repr.
import multiprocessing as mp
import re
import sys


def shape(p):
    return re.sub(r'(pid|parent)=\d+', r'\1=N', repr(p))


def nothing():
    pass


def exit_with(n):
    sys.exit(n)


def exit_with_text():
    sys.exit('bye')


def wait_forever(started, never):
    started.set()
    never.wait()


def wait_for(ev):
    ev.wait()


if __name__ == '__main__':
    p = mp.Process(target=nothing)
    q = mp.Process(target=nothing, name='worker', daemon=True)
    print(p.name, q.name, p.daemon, q.daemon, p.exitcode, p.pid)
    print(shape(p))
    print(shape(q))
    p.start()
    p.join()
    print('exitcode', p.exitcode, 'alive', p.is_alive())
    print(shape(p))
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    q.start()
    q.join()
    print(shape(q))

    for n in (0, 3, 255):
        c = mp.Process(target=exit_with, args=(n,))
        c.start()
        c.join()
        print('sys.exit', n, '->', c.exitcode)
    c = mp.Process(target=exit_with, args=(None,))
    c.start()
    c.join()
    print('sys.exit None ->', c.exitcode)
    c = mp.Process(target=exit_with_text)
    c.start()
    c.join()
    print("sys.exit('bye') ->", c.exitcode)

    ev = mp.Event()
    w = mp.Process(target=wait_for, args=(ev,))
    w.start()
    print('alive while waiting', w.is_alive())
    w.join(0.05)
    print('after join(timeout)', w.is_alive(), w.exitcode)
    try:
        w.close()
    except ValueError as e:
        print('ValueError:', e)
    ev.set()
    w.join()
    print('joined', w.is_alive(), w.exitcode)
    w.close()
    print(shape(w))
    w.close()
    for call in (w.is_alive, w.join, w.start, w.terminate):
        try:
            call()
        except ValueError as e:
            print(call.__name__, 'ValueError:', e)
    try:
        w.pid
    except ValueError as e:
        print('pid ValueError:', e)
    try:
        w.exitcode
    except ValueError as e:
        print('exitcode ValueError:', e)

    for stop in ('terminate', 'kill'):
        started, never = mp.Event(), mp.Event()
        t = mp.Process(target=wait_forever, args=(started, never))
        t.start()
        started.wait(60)
        getattr(t, stop)()
        t.join()
        print(stop, '->', t.exitcode, t.is_alive())
        print(shape(t))

    names = [mp.Process(target=nothing).name for _ in range(3)]
    print('next names are numbered on', all(re.fullmatch(r'Process-\d+', n) for n in names))
    print(mp.Process(target=nothing, name='x').name, mp.Process(target=nothing, args=()).daemon)
