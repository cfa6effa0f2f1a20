#!/usr/bin/env python3
"""The GIL side by side: the same threading workloads under CPython and gilpy, as ratios.

usage: python3 bench/gil/run.py [--gilpy CMD] [--python CMD]

Rows:
  cpu N     N threads each counting down COUNT, over the time of one run (ideal under a GIL: N)
  io N      N threads each sleeping 5 x 50 ms, over one such thread (ideal: 1)
  convoy I  per-operation latency of a thread doing 0.2 ms sleeps, alone and beside a CPU-bound
            thread, at switch interval I ms (expected beside a CPU thread: about I)
  procs N   N processes each counting down COUNT, over the time of one run (ideal: N / cores,
            at least 1)
  then: process start+join (ms each), Pool.map of 10 000 trivial tasks (s), Queue round trips
  to a child and back (per s), memory per idle child process (MiB)
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORKLOAD = os.path.join(HERE, "workload.py")


def run(cmd, *args):
    out = subprocess.run(shlex.split(cmd) + [WORKLOAD, *map(str, args)], capture_output=True, text=True,
                         timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"{cmd} {args} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gilpy", default=os.path.join(ROOT, "gilpy"))
    ap.add_argument("--python", default=sys.executable)
    a = ap.parse_args()
    print(f"CPython: {a.python}; gilpy: {a.gilpy}; {os.cpu_count()} cores")
    print(f"{'experiment':<22}{'CPython':>12}{'gilpy':>12}{'ideal':>10}")
    for n in (1, 2, 4, 8):
        c, g = run(a.python, "cpu", n), run(a.gilpy, "cpu", n)
        print(f"{'cpu threads, N=' + str(n):<22}{c['threads'] / c['one_run']:>11.2f}x{g['threads'] / g['one_run']:>11.2f}x"
              f"{n:>9}x")
    for n in (1, 4, 8):
        c, g = run(a.python, "io", n), run(a.gilpy, "io", n)
        print(f"{'io threads, N=' + str(n):<22}{c['threads'] / c['one_run']:>11.2f}x{g['threads'] / g['one_run']:>11.2f}x"
              f"{1:>9}x")
    cores = os.cpu_count()
    for n in (1, 2, 4):
        c, g = run(a.python, "procs", n), run(a.gilpy, "procs", n)
        print(f"{'cpu processes, N=' + str(n):<22}{c['processes'] / c['one_run']:>11.2f}x"
              f"{g['processes'] / g['one_run']:>11.2f}x{max(1, n / cores):>9.2f}x")
    c, g = run(a.python, "startjoin", 50), run(a.gilpy, "startjoin", 50)
    print(f"{'process start+join':<22}{c['ms_each']:>10.2f}ms{g['ms_each']:>10.2f}ms")
    c, g = run(a.python, "poolmap", 10000), run(a.gilpy, "poolmap", 10000)
    print(f"{'Pool.map 10 000 tasks':<22}{c['seconds']:>11.2f}s{g['seconds']:>11.2f}s")
    c, g = run(a.python, "queue", 2000), run(a.gilpy, "queue", 2000)
    print(f"{'Queue round trips':<22}{c['round_trips_per_s']:>10.0f}/s{g['round_trips_per_s']:>10.0f}/s")
    c, g = run(a.python, "idlemem", 10), run(a.gilpy, "idlemem", 10)
    print(f"{'idle child memory':<22}{c['kib_each'] / 1024:>9.2f}MiB{g['kib_each'] / 1024:>9.2f}MiB")
    for interval in (5, 1):
        c, g = run(a.python, "convoy", interval), run(a.gilpy, "convoy", interval)
        print(f"{'convoy alone, ' + str(interval) + ' ms':<22}{c['alone_ms']:>10.2f}ms{g['alone_ms']:>10.2f}ms{'':>10}")
        print(f"{'convoy beside CPU':<22}{c['beside_cpu_ms']:>10.2f}ms{g['beside_cpu_ms']:>10.2f}ms"
              f"{'~' + str(interval) + ' ms':>10}")


if __name__ == "__main__":
    main()
