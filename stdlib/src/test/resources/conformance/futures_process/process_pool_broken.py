# ProcessPoolExecutor: a worker that dies, or whose initializer raises, breaks the pool
import io
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool


def die():
    os._exit(3)


def nap(seconds):
    time.sleep(seconds)
    return seconds


def failing_setup():
    raise OSError("no database")


def show(label, call):
    try:
        print(label, "->", call())
    except BrokenExecutor as e:
        print(label, "->", type(e).__name__, "|", e)


def main():
    print([c.__name__ for c in BrokenProcessPool.__mro__], BrokenProcessPool.__module__)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(nap, 0).result())
        crash = ex.submit(die)
        show("the call that killed its worker", crash.result)
        show("submit afterwards", lambda: ex.submit(nap, 0))
    print(type(crash.exception()).__name__)

    with ProcessPoolExecutor(max_workers=1) as ex:
        pending = [ex.submit(nap, 0.3), ex.submit(die), ex.submit(nap, 0), ex.submit(nap, 0)]
        for f in pending[1:]:
            show("pending", f.result)

    with ProcessPoolExecutor(max_workers=2, initializer=failing_setup) as ex:
        f = ex.submit(nap, 0)
        show("after a failed initializer", f.result)
        show("submit afterwards", lambda: ex.submit(nap, 0))


if __name__ == "__main__":
    main()
