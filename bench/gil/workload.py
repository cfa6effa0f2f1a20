"""One GIL experiment, run the same way by CPython and by gilpy; prints one JSON line.

usage: workload.py cpu N | io N | convoy INTERVAL_MS
"""
import json
import sys
import threading
import time

COUNT = 2_000_000


def count(n):
    while n > 0:
        n -= 1


def timed_threads(target, args, n):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def cpu(n):
    # warm-up of both paths, so each runtime is measured in its steady state (a JIT needs it)
    count(COUNT)
    timed_threads(count, (COUNT,), n)
    start = time.perf_counter()
    count(COUNT)
    one = time.perf_counter() - start
    return {"one_run": one, "threads": timed_threads(count, (COUNT,), n)}


def sleeper():
    for _ in range(5):
        time.sleep(0.05)


def io(n):
    start = time.perf_counter()
    sleeper()
    one = time.perf_counter() - start
    return {"one_run": one, "threads": timed_threads(sleeper, (), n)}


def convoy(interval_ms):
    """Latency of a thread that blocks briefly and often, alone and beside a CPU-bound thread."""
    sys.setswitchinterval(interval_ms / 1000)
    ops = 40

    def io_ops(out):
        start = time.perf_counter()
        for _ in range(ops):
            time.sleep(0.0002)
        out.append((time.perf_counter() - start) / ops)

    alone = []
    io_ops(alone)
    stop = False

    def spin():
        x = 0
        while not stop:
            x += 1

    busy = threading.Thread(target=spin)
    busy.start()
    time.sleep(0.05)
    beside = []
    t = threading.Thread(target=io_ops, args=(beside,))
    t.start()
    t.join()
    stop = True
    busy.join()
    return {"alone_ms": alone[0] * 1000, "beside_cpu_ms": beside[0] * 1000}


if __name__ == "__main__":
    kind, arg = sys.argv[1], int(sys.argv[2])
    result = {"cpu": cpu, "io": io, "convoy": convoy}[kind](arg)
    print(json.dumps(result))
