# Value, Array, RawValue and RawArray: every typecode, with and without a lock, across processes.
import multiprocessing as mp
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x...', s)


def bump(v, arr, n, locked):
    for _ in range(n):
        if locked:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2


def fill(raw_v, raw_a):
    raw_v.value = 42
    for i in range(len(raw_a)):
        raw_a[i] = i * i


if __name__ == '__main__':
    samples = {'b': -5, 'B': 250, 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
               'l': -2**40, 'L': 2**40, 'q': -2**62, 'Q': 2**63, 'f': 1.5, 'd': 2.25,
               'c': b'x', 'u': 'z'}
    for code, value in samples.items():
        v = mp.Value(code, value)
        print(code, v.value, repr(v), type(v.get_lock()).__name__)
        raw = mp.RawValue(code, value)
        print(' raw', raw.value, repr(raw), type(raw).__name__)
    print(mp.Value('b', 200).value, mp.Value('B', -1).value, mp.Value('i', 2**32 + 7).value)
    print(mp.Value('f', 0.1).value, mp.Value('d').value, mp.Value('i').value)
    try:
        mp.Value('i', 'text')
    except TypeError as e:
        print('TypeError:', e)

    nolock = mp.Value('i', 7, lock=False)
    print(repr(nolock), hasattr(nolock, 'get_lock'))
    own = mp.RLock()
    v = mp.Value('d', 1.0, lock=own)
    print(v.get_lock() is own, v.get_obj().value)
    try:
        mp.Value('i', 1, lock='yes')
    except AttributeError as e:
        print('AttributeError:', e)

    for code, init in (('i', [1, 2, 3]), ('d', [0.5, 1.5]), ('b', 3), ('u', 'abc')):
        a = mp.Array(code, init)
        print(code, len(a), a[:], a[0], mask(repr(a)))
    c = mp.Array('c', b'hello')
    print(c.value, c.raw, c[1], c[:3])
    c.value = b'hi'
    print(c.value, c.raw)
    a = mp.Array('i', 4)
    a[1:3] = [7, 8]
    print(a[:], list(a), a[-1])
    try:
        a[4]
    except IndexError as e:
        print('IndexError:', e)
    try:
        a[0:2] = [1]
    except ValueError as e:
        print('ValueError:', e)
    ra = mp.RawArray('h', [1, -1])
    print(ra[:], type(ra).__name__, len(ra))
    nl = mp.Array('i', [1, 2], lock=False)
    print(nl[:], hasattr(nl, 'get_lock'))

    counter = mp.Value('i', 0)
    arr = mp.Array('i', [1, 2, 3])
    workers = [mp.Process(target=bump, args=(counter, arr, 200, True)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print('locked count', counter.value, 'array', arr[:])

    racy = mp.Value('i', 0)
    workers = [mp.Process(target=bump, args=(racy, arr, 200, False)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print('unlocked count in range', 200 <= racy.value <= 400)

    rv, rarr = mp.RawValue('i', 0), mp.RawArray('q', 4)
    p = mp.Process(target=fill, args=(rv, rarr))
    p.start()
    p.join()
    print('raw from child', rv.value, rarr[:])
