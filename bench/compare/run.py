#!/usr/bin/env python3
"""Side-by-side timing of gilpy against CPython.

Runs every program in programs/ (or those named on the command line) with both
interpreters, several times each, checks that both print the same output (each
program ends with a checksum line), and prints the median wall time of each
with the ratio gilpy / CPython. It also measures start-up, `-c pass`.

Times are of whole runs, start-up included; the start-up row shows how much of
that is fixed cost.

Usage (from anywhere; run it with CPython 3.11, which is also what it compares with):
    bench/compare/run.py [--runs N] [--startup-runs N] [--python CMD] [--gilpy CMD] [NAME ...]
"""

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
REPO = HERE.parent.parent


class RunFailed(Exception):
    pass


def run_once(command):
    """Runs a command, returning (wall seconds, stdout); raises RunFailed."""
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise RunFailed(f"exit {done.returncode}: {last}")
    return seconds, done.stdout


def median_time(command, runs):
    """Median wall time over `runs` runs and the output, which must not vary."""
    times, outputs = [], set()
    for _ in range(runs):
        seconds, output = run_once(command)
        times.append(seconds)
        outputs.add(output)
    if len(outputs) != 1:
        raise RunFailed("output differs between runs")
    return statistics.median(times), outputs.pop()


def measure(interpreter, args, runs):
    try:
        seconds, output = median_time(interpreter + args, runs)
        return seconds, output, None
    except (RunFailed, OSError) as error:
        return None, None, str(error)


def cell(seconds):
    return f"{seconds:9.3f}" if seconds is not None else f"{'-':>9}"


def row(name, cpython, gilpy, note=""):
    ratio = f"{gilpy / cpython:7.2f}x" if cpython and gilpy else f"{'-':>8}"
    print(f"{name:<22} {cell(cpython)} {cell(gilpy)} {ratio}  {note}".rstrip(), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per program and interpreter")
    parser.add_argument("--startup-runs", type=int, default=10, help="runs of `-c pass`")
    parser.add_argument("--python", default=sys.executable,
                        help="the CPython command (default: the python running this script)")
    parser.add_argument("--gilpy", default=str(REPO / "gilpy"), help="the gilpy command")
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    options = parser.parse_args()

    cpython = shlex.split(options.python)
    gilpy = shlex.split(options.gilpy)
    available = sorted(p.stem for p in PROGRAMS.glob("*.py"))
    names = options.names or available
    unknown = sorted(set(names) - set(available))
    if unknown:
        parser.error(f"no such program: {', '.join(unknown)} (have: {', '.join(available)})")

    version = subprocess.run(cpython + ["--version"], capture_output=True, text=True).stdout.strip()
    print(f"CPython: {' '.join(cpython)} ({version}); gilpy: {' '.join(gilpy)}")
    print(f"median wall time in seconds of {options.runs} runs "
          f"({options.startup_runs} for start-up), start-up included")
    # An untimed first run lets the launcher build gilpy if it has to.
    _, _, error = measure(gilpy, ["-c", "pass"], 1)
    if error:
        print(f"warning: gilpy -c pass failed: {error}", file=sys.stderr)
    print()
    print(f"{'program':<22} {'CPython':>9} {'gilpy':>9} {'ratio':>8}")

    cpython_start, _, cpython_error = measure(cpython, ["-c", "pass"], options.startup_runs)
    gilpy_start, _, gilpy_error = measure(gilpy, ["-c", "pass"], options.startup_runs)
    row("start-up (-c pass)", cpython_start, gilpy_start,
        "; ".join(e for e in (cpython_error and f"CPython {cpython_error}",
                              gilpy_error and f"gilpy {gilpy_error}") if e))

    mismatches = 0
    for name in names:
        script = [str(PROGRAMS / f"{name}.py")]
        cpython_time, expected, cpython_error = measure(cpython, script, options.runs)
        gilpy_time, actual, gilpy_error = measure(gilpy, script, options.runs)
        if cpython_error or gilpy_error:
            note = "; ".join(e for e in (cpython_error and f"CPython {cpython_error}",
                                         gilpy_error and f"gilpy {gilpy_error}") if e)
        elif actual != expected:
            mismatches += 1
            note = f"OUTPUT DIFFERS: CPython {expected.strip()!r}, gilpy {actual.strip()!r}"
        else:
            note = ""
        row(name, cpython_time, gilpy_time, note)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
