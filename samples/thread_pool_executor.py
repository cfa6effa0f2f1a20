# thread_pool_executor.py: the GIL seen through concurrent.futures.ThreadPoolExecutor.
#
# Eight tasks go to a pool of four threads, and are also run one after another. CPU-bound
# tasks (counting down) gain nothing from the pool: only one thread runs Python bytecode at a
# time, so the pool takes about as long as the loop (ratio about 1.0). Tasks that sleep, as
# tasks waiting for I/O do, release the GIL while they wait, so four of them sleep at once and
# the eight take two rounds of sleep instead of eight (ratio about 0.25).
# CPython 3.11 shows the same shape; gilpy reproduces it with a real GIL.
import time
from concurrent.futures import ThreadPoolExecutor

TASKS = 8
WORKERS = 4
WORK = 1_000_000
NAP = 0.25


def count_down(n):
    while n > 0:
        n -= 1
    return n


def nap(seconds):
    time.sleep(seconds)
    return seconds


def one_after_another(fn, arg):
    start = time.perf_counter()
    for _ in range(TASKS):
        fn(arg)
    return time.perf_counter() - start


def in_pool(fn, arg):
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(fn, [arg] * TASKS))
    return time.perf_counter() - start


def main():
    print(f"A pool of {WORKERS} threads runs {TASKS} CPU-bound tasks no faster than a loop does, "
          "while its sleeping (I/O-bound) tasks overlap.")
    rows = []
    for label, fn, arg, rounds in (("CPU-bound (count down)", count_down, WORK, 3), ("I/O-bound (sleep)", nap, NAP, 1)):
        # alternate the two ways and keep each one's best time, so neither pays for warm-up
        # (gilpy's JIT, caches) or for a moment when the machine was busy with something else
        serial = pooled = float("inf")
        for _ in range(rounds):
            serial = min(serial, one_after_another(fn, arg))
            pooled = min(pooled, in_pool(fn, arg))
        rows.append((label, serial, pooled))
    print(f"{'work':<24}{'loop':>10}{str(WORKERS) + '-thread pool':>16}{'ratio':>8}")
    for label, serial, pooled in rows:
        print(f"{label:<24}{serial:>9.2f}s{pooled:>15.2f}s{pooled / serial:>8.2f}")


if __name__ == "__main__":
    main()
