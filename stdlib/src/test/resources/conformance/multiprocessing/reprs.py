# The reprs of multiprocessing's objects (addresses and pids masked).
import multiprocessing as mp
import re


def mask(obj):
    return re.sub(r'(0x[0-9a-f]+|parent=\d+|pid=\d+)', '#', repr(obj))


if __name__ == '__main__':
    e = mp.Event()
    print(mask(e))
    e.set()
    print(mask(e))
    b = mp.Barrier(2)
    print(mask(b))
    b.abort()
    print(mask(b))
    print(mask(mp.Lock()), mask(mp.RLock()), mask(mp.Semaphore(3)), mask(mp.BoundedSemaphore(2)))
    print(mask(mp.Condition()))
    print(mask(mp.Queue()), mask(mp.SimpleQueue()), mask(mp.JoinableQueue()))
    print(mask(mp.Pipe()[0]))
    print(mask(mp.current_process()), mask(mp.Process(target=print)))
    print(mask(mp.Value('i', 1)), mask(mp.RawValue('d', 0.5)))
    print(mask(mp.get_context()), mask(mp.get_context('spawn')))
