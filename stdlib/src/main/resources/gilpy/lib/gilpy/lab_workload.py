"""The workloads of gilpy.lab, one experiment per call, the same source under gilpy and CPython.

gilpy.lab imports this module and calls run() in its own interpreter; for CPython it writes this
file out and runs `python3 lab_workload.py "EXPERIMENT ARG ..." ...`, which runs the experiments in
turn and prints each one's result as a JSON line. Every experiment returns seconds (wall time), and on gilpy also the GIL switches made
meanwhile (gilpy.gil.stats()); CPython counts none.

Experiments (arguments are integers):
  cpu_serial N COUNT          N CPU-bound units (counting down from COUNT) one after another
  cpu_threads N COUNT         N units in N threads
  cpu_processes N COUNT       N units in N processes (multiprocessing)
  io_serial N NAPS NAP_US     N runs of NAPS sleeps of NAP_US microseconds, one after another
  io_threads N NAPS NAP_US    the same in N threads
  hash_serial N ROUNDS MB     N units of sha256 over an MB-megabyte buffer, ROUNDS times each
  hash_threads N ROUNDS MB    N such units in N threads
  convoy CPU OPS NAP_US SI_US per-operation latency of OPS sleeps of NAP_US microseconds beside CPU
                              CPU-bound threads, at a switch interval of SI_US microseconds
  sweep COUNT SI_US           2 CPU-bound units in 2 threads at a switch interval of SI_US
"""
import hashlib
import json
import multiprocessing
import sys
import threading
import time

try:
    from gilpy import gil
except ImportError:
    gil = None


def count(n):
    while n > 0:
        n -= 1


def nap(naps, nap_us):
    for _ in range(naps):
        time.sleep(nap_us / 1e6)


def hash_unit(rounds, mb):
    data = bytes(mb << 20)
    for _ in range(rounds):
        hashlib.sha256(data).digest()


def together(workers):
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def in_threads(n, target, args):
    together([threading.Thread(target=target, args=args) for _ in range(n)])


def in_processes(n, target, args):
    together([multiprocessing.Process(target=target, args=args) for _ in range(n)])


def switches():
    return gil.stats()["total"]["switches"] if gil else 0


def convoy(cpu, ops, nap_us, interval_us):
    """Mean seconds per sleep of a thread sleeping ops times beside cpu spinning threads."""
    stop = []

    def spin():
        while not stop:
            pass

    spinners = [threading.Thread(target=spin) for _ in range(cpu)]
    for t in spinners:
        t.start()
    time.sleep(min(0.05, 3 * interval_us / 1e6))  # the spinners are running and switching
    latency = []

    def sleeper():
        start = time.perf_counter()
        nap(ops, nap_us)
        latency.append((time.perf_counter() - start) / ops)

    t = threading.Thread(target=sleeper)
    t.start()
    t.join()
    stop.append(True)
    for t in spinners:
        t.join()
    return latency[0]


EXPERIMENTS = {
    "cpu_serial": lambda n, count_to: [count(count_to) for _ in range(n)],
    "cpu_threads": lambda n, count_to: in_threads(n, count, (count_to,)),
    "cpu_processes": lambda n, count_to: in_processes(n, count, (count_to,)),
    "io_serial": lambda n, naps, nap_us: [nap(naps, nap_us) for _ in range(n)],
    "io_threads": lambda n, naps, nap_us: in_threads(n, nap, (naps, nap_us)),
    "hash_serial": lambda n, rounds, mb: [hash_unit(rounds, mb) for _ in range(n)],
    "hash_threads": lambda n, rounds, mb: in_threads(n, hash_unit, (rounds, mb)),
    "sweep": lambda count_to, interval_us: in_threads(2, count, (count_to,)),
}


def run(experiment, *args):
    """Runs one experiment: {'seconds': wall time, 'switches': GIL switches (gilpy only)}."""
    interval_us = args[-1] if experiment in ("convoy", "sweep") else None
    old_interval = sys.getswitchinterval()
    if interval_us is not None:
        sys.setswitchinterval(interval_us / 1e6)
    try:
        before = switches()
        start = time.perf_counter()
        if experiment == "convoy":
            latency = convoy(*args)
        else:
            EXPERIMENTS[experiment](*args)
        seconds = time.perf_counter() - start
        result = {"seconds": seconds, "switches": switches() - before}
        if experiment == "convoy":
            result["latency"] = latency
        return result
    finally:
        sys.setswitchinterval(old_interval)


if __name__ == "__main__":
    for spec in sys.argv[1:]:
        name, *numbers = spec.split()
        print(json.dumps(run(name, *map(int, numbers))), flush=True)
