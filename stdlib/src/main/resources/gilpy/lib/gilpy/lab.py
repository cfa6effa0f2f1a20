"""The lab: the canonical GIL experiments, gilpy beside CPython, in one command.

usage: ./gilpy -m gilpy.lab [--quick] [--csv FILE] [--json FILE] [--svg FILE] [--python CMD]

1. cpu     CPU-bound work (counting down): N units one after another (serial), in N threads and
           in N processes, N = 1, 2, 4, 8. Ideal: threads take as long as serial under a GIL
           (ratio 1), processes 1/min(N, cores).
2. io      N threads each sleeping NAPS times; ideal 1/N of doing it serially.
3. convoy  the mean latency of a short sleep (0.2 ms) in a thread alone and beside one and two
           CPU-bound threads, at switch intervals 0.1, 1, 5 and 20 ms. Expected: a sleeper that
           wakes must wait for the GIL about one switch interval, so about nap + interval.
4. hash    N threads doing sha256 over large buffers, which releases the GIL (ideal: as processes).
5. sweep   2 CPU-bound threads at switch intervals from 0.1 to 20 ms: total time (ratio to doing
           the two units serially) and GIL switches per second (gilpy counts them; CPython does not).

The gilpy side runs in this interpreter (gilpy.lab_workload.run): the lab is a gilpy program
already, its JIT is warmed up once for all rows (a child JVM per row would pay start-up and
warm-up each time), and it reads the GIL's own switch count. The CPython side runs the same
workload file (gilpy.lab_workload's source, written to a temporary file) under python3, one
subprocess per section, when python3 is on the PATH.
Every row is measured, serial ones too, each the best (least disturbed) of its repeats: 1 in
--quick mode, 3 otherwise. Progress goes to stderr.
"""
import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import time

import _imp
from gilpy import lab_chart
from gilpy import lab_workload

NS = (1, 2, 4, 8)
CONVOY_INTERVALS_MS = (0.1, 1, 5, 20)
SWEEP_INTERVALS_MS = (0.1, 0.5, 1, 5, 20)
CONVOY_NAP_US = 200
QUICK = {"repeat": 1, "count": 200_000, "naps": 5, "nap_us": 10_000, "hash_rounds": 2, "hash_mb": 4,
         "convoy_ops": 8}
WARM_UP_MAX_RUNS = 8
FULL = {"repeat": 3, "count": 2_000_000, "naps": 10, "nap_us": 50_000, "hash_rounds": 8, "hash_mb": 8,
        "convoy_ops": 40}
SCALING = ("cpu", "io", "hash")
COLUMNS = ["section", "case", "n", "unit", "gilpy", "gilpy_ratio", "cpython", "cpython_ratio", "ideal",
           "gilpy_switches_per_s"]


def which(program):
    for d in os.environ.get("PATH", "").split(os.pathsep):
        path = os.path.join(d, program)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


class Runtimes:
    """Runs a workload experiment under gilpy (here) and, if there is one, under CPython."""

    def __init__(self, python, repeat):
        self.python = python
        self.repeat = repeat
        self.script = None
        if python:
            self.script = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"gilpy-lab-{os.getpid()}.py")
            with open(self.script, "w") as f:
                f.write(_imp.get_frozen_source("gilpy.lab_workload"))

    def close(self):
        if self.script:
            os.remove(self.script)

    def cpython_version(self):
        if not self.python:
            return None
        return subprocess.run([self.python, "-c", "import sys; print(sys.version.split()[0])"],
                              capture_output=True, text=True, check=True).stdout.strip()

    def gilpy(self, specs):
        """The best result of each (experiment, args) in specs, run here."""
        return [self._best([lab_workload.run(e, *args) for _ in range(self.repeat)]) for e, args in specs]

    def cpython(self, specs):
        """The same under CPython, all in one python3 process (None each without CPython)."""
        if not self.python:
            return [None] * len(specs)
        argv = [" ".join(map(str, (e, *args))) for e, args in specs for _ in range(self.repeat)]
        out = subprocess.run([self.python, self.script, *argv], capture_output=True, text=True, timeout=1800)
        if out.returncode != 0:
            raise RuntimeError(f"python3 {self.script} failed:\n{out.stderr}")
        results = [json.loads(line) for line in out.stdout.splitlines()]
        return [self._best(results[i:i + self.repeat]) for i in range(0, len(results), self.repeat)]

    @staticmethod
    def _best(results):
        return min(results, key=lambda r: r["seconds"])


class Lab:
    def __init__(self, runtimes, sizes, progress):
        self.rt = runtimes
        self.sizes = sizes
        self.progress = progress
        self.rows = []
        self.cores = os.cpu_count() or 1

    def add(self, section, case, n, unit, g, c, gilpy_base, cpython_base, ideal, switches=None):
        self.rows.append({
            "section": section, "case": case, "n": n, "unit": unit, "gilpy": g,
            "gilpy_ratio": g / gilpy_base if gilpy_base else None,
            "cpython": c, "cpython_ratio": c / cpython_base if c is not None and cpython_base else None,
            "ideal": ideal, "gilpy_switches_per_s": switches})

    def measure(self, section, specs):
        """(gilpy result, CPython result) of each (experiment, args) in specs."""
        self.progress(f"{section}: gilpy")
        gilpy = self.rt.gilpy(specs)
        self.progress(f"{section}: CPython")
        return list(zip(gilpy, self.rt.cpython(specs)))

    @staticmethod
    def seconds(result):
        return None if result is None else result["seconds"]

    def scaling(self, section, cases, args, ideals):
        """Rows of N units serially and in each case, N = 1, 2, 4, 8, over the serial time."""
        specs = [(f"{section}_{case}", (n, *args)) for n in NS for case in ("serial", *cases)]
        results = iter(self.measure(section, specs))
        for n in NS:
            gs, cs = map(self.seconds, next(results))
            self.add(section, "serial", n, "s", gs, cs, gs, cs, 1.0)
            for case, ideal in zip(cases, ideals(n)):
                g, c = next(results)
                self.add(section, case, n, "s", g["seconds"], self.seconds(c), gs, cs, ideal,
                         g["switches"] / g["seconds"])

    def cpu(self):
        self.scaling("cpu", ("threads", "processes"), (self.sizes["count"],), lambda n: (1.0, 1 / min(n, self.cores)))

    def io(self):
        self.scaling("io", ("threads",), (self.sizes["naps"], self.sizes["nap_us"]), lambda n: (1 / n,))

    def hash(self):
        self.scaling("hash", ("threads",), (self.sizes["hash_rounds"], self.sizes["hash_mb"]),
                     lambda n: (1 / min(n, self.cores),))

    def convoy(self):
        ops = self.sizes["convoy_ops"]
        specs = [("convoy", (cpu, ops, CONVOY_NAP_US, int(si * 1000))) for si in CONVOY_INTERVALS_MS for cpu in (0, 1, 2)]
        results = iter(self.measure("convoy", specs))
        nap_ms = CONVOY_NAP_US / 1000
        for si in CONVOY_INTERVALS_MS:
            alone = None
            for cpu in (0, 1, 2):
                g, c = next(results)
                gl, cl = g["latency"] * 1000, c and c["latency"] * 1000
                if alone is None:
                    alone = (gl, cl)
                case = f"si={si}ms " + ("alone" if cpu == 0 else f"beside {cpu} cpu")
                self.add("convoy", case, cpu, "ms/op", gl, cl, *alone, (nap_ms + (si if cpu else 0)) / nap_ms,
                         g["switches"] / g["seconds"])

    def sweep(self):
        count = self.sizes["count"]
        specs = [("cpu_serial", (2, count))] + [("sweep", (count, int(si * 1000))) for si in SWEEP_INTERVALS_MS]
        results = self.measure("sweep", specs)
        gs, cs = map(self.seconds, results[0])
        for si, (g, c) in zip(SWEEP_INTERVALS_MS, results[1:]):
            self.add("sweep", f"si={si}ms", 2, "s", g["seconds"], self.seconds(c), gs, cs, 1.0,
                     g["switches"] / g["seconds"])

    def warm_up(self):
        """Runs gilpy's side until the JIT has compiled it: until a unit of work stops getting faster
        (CPython needs none: each of its runs is a fresh process with nothing to warm)."""
        lab_workload.run("cpu_processes", 1, self.sizes["count"])
        lab_workload.run("hash_threads", 2, self.sizes["hash_rounds"], self.sizes["hash_mb"])
        best, stale = float("inf"), 0
        for _ in range(WARM_UP_MAX_RUNS):
            t = lab_workload.run("cpu_threads", 2, self.sizes["count"])["seconds"]
            stale = stale + 1 if t > 0.9 * best else 0
            best = min(best, t)
            if stale == 2:
                break

    def run_all(self):
        self.warm_up()
        for experiment in (self.cpu, self.io, self.convoy, self.hash, self.sweep):
            experiment()


def fmt(value, width, digits=3):
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"


def table(rows):
    lines = [f"{'experiment':<28}{'unit':>6}{'gilpy':>10}{'ratio':>8}{'CPython':>10}{'ratio':>8}{'ideal':>8}"
             f"{'switch/s':>10}"]
    section = None
    for r in rows:
        if r["section"] != section:
            section = r["section"]
            lines.append(f"[{section}]")
        name = f"  {r['case']}" + (f", N={r['n']}" if section in SCALING else "")
        switches = "-" if r["gilpy_switches_per_s"] is None else f"{r['gilpy_switches_per_s']:.0f}"
        lines.append(f"{name:<28}{r['unit']:>6}{fmt(r['gilpy'], 10)}{fmt(r['gilpy_ratio'], 8, 2)}"
                     f"{fmt(r['cpython'], 10)}{fmt(r['cpython_ratio'], 8, 2)}{fmt(r['ideal'], 8, 2)}{switches:>10}")
    return "\n".join(lines)


LEGEND = """\
ratio: time over serial time for the same work (cpu, io, hash, sweep), latency over the latency
alone (convoy); ideal: that ratio with a perfect scheduler (convoy: nap + switch interval, over nap);
switch/s: GIL switches per second in gilpy (CPython does not count them)."""


def machine(python_version):
    info = {"platform": platform.platform(), "cores": os.cpu_count(), "gilpy": sys.version,
            "cpython": python_version}
    for key, path, pick in (("cpu", "/proc/cpuinfo", lambda text: next(
            (line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("model name")), None)),
            ("load_average", "/proc/loadavg", lambda text: " ".join(text.split()[:3]))):
        try:
            with open(path) as f:
                info[key] = pick(f.read())
        except OSError:
            info[key] = None
    return info


def write_csv(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="gilpy -m gilpy.lab", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, one run each (under a minute)")
    ap.add_argument("--csv", metavar="FILE", help="also write the rows as CSV")
    ap.add_argument("--json", metavar="FILE", help="also write the rows and the machine as JSON")
    ap.add_argument("--svg", metavar="FILE", help="also draw the ratios as an SVG chart")
    ap.add_argument("--python", metavar="CMD", default=which("python3"),
                    help="the CPython to compare with (default: python3 on the PATH)")
    ap.add_argument("--no-cpython", dest="python", action="store_const", const=None, help="gilpy only")
    a = ap.parse_args(argv)
    sizes = QUICK if a.quick else FULL
    started = time.perf_counter()
    runtimes = Runtimes(a.python, sizes["repeat"])
    try:
        info = machine(runtimes.cpython_version())
        print(f"gilpy {info['gilpy']}; CPython {info['cpython'] or '(none)'}; {info['cores']} cores "
              f"({info['cpu']}); load average {info['load_average']}", flush=True)
        lab = Lab(runtimes, sizes, lambda step: print(f"{time.perf_counter() - started:6.1f} s  {step}",
                                                      file=sys.stderr, flush=True))
        lab.run_all()
    finally:
        runtimes.close()
    print(table(lab.rows))
    print(LEGEND)
    print(f"{'quick' if a.quick else 'full'} mode, {time.perf_counter() - started:.0f} s")
    if a.csv:
        write_csv(a.csv, lab.rows)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"machine": info, "sizes": sizes, "rows": lab.rows}, f, indent=1)
    if a.svg:
        with open(a.svg, "w") as f:
            f.write(lab_chart.svg(lab.rows, info))


if __name__ == "__main__":
    main()
