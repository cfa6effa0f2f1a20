"""One GIL experiment, run the same way by CPython and by gilpy; prints one JSON line.

usage: workload.py cpu N | io N | convoy INTERVAL_MS | procs N | startjoin N | poolmap N | queue N | idlemem N
"""
import json
import multiprocessing
import os
import sys
import threading
import time

COUNT = 10_000_000


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


def timed_processes(n):
    procs = [multiprocessing.Process(target=count, args=(COUNT,)) for _ in range(n)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return time.perf_counter() - start


def procs(n):
    """N processes each counting down COUNT, and one run in this process."""
    count(COUNT)
    timed_processes(n)
    start = time.perf_counter()
    count(COUNT)
    one = time.perf_counter() - start
    return {"one_run": one, "processes": timed_processes(n)}


def nothing():
    pass


def startjoin(n):
    """Mean time to start a process that does nothing and join it."""
    for _ in range(5):
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
    start = time.perf_counter()
    for _ in range(n):
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
    return {"ms_each": (time.perf_counter() - start) / n * 1000}


def square(x):
    return x * x


def poolmap(n):
    """Pool.map of n trivial tasks over 2 workers (the pool's start included)."""
    start = time.perf_counter()
    with multiprocessing.Pool(2) as pool:
        total = sum(pool.map(square, range(n)))
    return {"seconds": time.perf_counter() - start, "check": total}


def echo(inbox, outbox):
    for item in iter(inbox.get, None):
        outbox.put(item)


def queue(n):
    """Round trips of a small tuple to a child process and back through two Queues."""
    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    p = multiprocessing.Process(target=echo, args=(inbox, outbox))
    p.start()
    for i in range(50):
        inbox.put((i, "warm"))
        outbox.get()
    start = time.perf_counter()
    for i in range(n):
        inbox.put((i, "x"))
        outbox.get()
    elapsed = time.perf_counter() - start
    inbox.put(None)
    p.join()
    return {"round_trips_per_s": n / elapsed}


def rss_kib(pid="self"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def private_kib(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        return sum(int(line.split()[1]) for line in f if line.startswith(("Private_Clean:", "Private_Dirty:")))


def idle(event):
    event.wait()


def idlemem(n):
    """Memory per idle child: the private memory of child processes (CPython), or the growth of
    the one process they all live in (gilpy, whose children are interpreters in its JVM)."""
    event = multiprocessing.Event()
    before = rss_kib()
    procs = [multiprocessing.Process(target=idle, args=(event,)) for _ in range(n)]
    for p in procs:
        p.start()
    time.sleep(1.0)
    own = rss_kib() - before
    children = 0
    if all(p.pid != os.getpid() and os.path.exists(f"/proc/{p.pid}") for p in procs):
        children = sum(private_kib(p.pid) for p in procs)
    event.set()
    for p in procs:
        p.join()
    return {"kib_each": (own + children) / n}


if __name__ == "__main__":
    kind, arg = sys.argv[1], int(sys.argv[2])
    result = {"cpu": cpu, "io": io, "convoy": convoy, "procs": procs, "startjoin": startjoin,
              "poolmap": poolmap, "queue": queue, "idlemem": idlemem}[kind](arg)
    print(json.dumps(result))
