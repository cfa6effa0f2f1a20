#!/usr/bin/env python3
"""The GIL side by side: the same threading workloads under CPython and gilpy, as ratios.

usage: python3 bench/gil/run.py [--gilpy CMD] [--python CMD]

Rows:
  cpu N     N threads each counting down COUNT, over the time of one run (ideal under a GIL: N)
  io N      N threads each sleeping 5 x 50 ms, over one such thread (ideal: 1)
  convoy I  per-operation latency of a thread doing 0.2 ms sleeps, alone and beside a CPU-bound
            thread, at switch interval I ms (expected beside a CPU thread: about I)
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
    for interval in (5, 1):
        c, g = run(a.python, "convoy", interval), run(a.gilpy, "convoy", interval)
        print(f"{'convoy alone, ' + str(interval) + ' ms':<22}{c['alone_ms']:>10.2f}ms{g['alone_ms']:>10.2f}ms{'':>10}")
        print(f"{'convoy beside CPU':<22}{c['beside_cpu_ms']:>10.2f}ms{g['beside_cpu_ms']:>10.2f}ms"
              f"{'~' + str(interval) + ' ms':>10}")


if __name__ == "__main__":
    main()
