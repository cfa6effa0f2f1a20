# The headline experiment: the same CPU-bound Python function run four times
# one after another, in four threads, and in four processes.
#
# What it shows: the GIL lets only one thread execute Python bytecode at a time,
# so four threads take as long as doing the work serially (a little longer, for
# the switching), while four processes each have their own interpreter and GIL
# and run on separate cores.
#
# What you should see: threads at a ratio of about 1.0 to serial; processes at
# about 1/min(4, cores) (0.5 on two cores, 0.25 on four or more) plus start-up.
#
# Usage: cpu_bound_threads_vs_processes.py [ROUNDS]   (default 30; each round
# is 100 000 calls of two small functions; lower it for a quicker run)

import multiprocessing
import os
import sys
import threading
import time

RUNS = 4


def square(i):
    return i * i


def add(total, i):
    return total + i


def crunch(rounds):
    """Pure-Python work: only function calls and integer arithmetic."""
    total = 0
    for _ in range(rounds):
        total = 0
        for i in range(100_000):
            total = add(total, square(i))
    return total


def run_serially(rounds):
    for _ in range(RUNS):
        crunch(rounds)


def run_in_threads(rounds):
    workers = [threading.Thread(target=crunch, args=(rounds,)) for _ in range(RUNS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def run_in_processes(rounds):
    workers = [multiprocessing.Process(target=crunch, args=(rounds,)) for _ in range(RUNS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def timed(function, rounds):
    start = time.perf_counter()
    function(rounds)
    return time.perf_counter() - start


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    cores = os.cpu_count() or 1
    print("CPU-bound Python code gets no faster in threads, because the GIL runs "
          "one thread at a time, but does in processes, which each have their own GIL.")
    print(f"work: {RUNS} runs of crunch({rounds}), checksum {crunch(1)}; "
          f"cores: {cores}; ideal ratio for processes: {1 / min(RUNS, cores):.2f}")
    print()
    print(f"  {'how':<12} {'seconds':>8}  {'ratio to serial':>15}")
    serial = None
    for label, function in (("serial", run_serially),
                            (f"{RUNS} threads", run_in_threads),
                            (f"{RUNS} processes", run_in_processes)):
        seconds = timed(function, rounds)
        serial = serial or seconds
        print(f"  {label:<12} {seconds:8.2f}  {seconds / serial:15.2f}", flush=True)

if __name__ == "__main__":
    main()
