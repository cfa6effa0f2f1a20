# gil_threads.py: the GIL in one table.
#
# CPU-bound work gains nothing from threads: under the GIL only one thread runs Python
# bytecode at a time, so 4 threads doing 4 units of work take as long as doing them one
# after another (ratio about 1.0). Threads that sleep (or wait for I/O) release the GIL,
# so their waits overlap: 4 sleeps in 4 threads take as long as one (ratio about 0.25).
# CPython 3.11 shows the same shape; gilpy reproduces it with a real GIL.
import threading
import time

N_THREADS = 4
WORK = 1_500_000
NAP = 0.5


def count_down(n):
    while n > 0:
        n -= 1


def nap(seconds):
    time.sleep(seconds)


def serial(fn, arg):
    start = time.perf_counter()
    for _ in range(N_THREADS):
        fn(arg)
    return time.perf_counter() - start


def in_threads(fn, arg):
    threads = [threading.Thread(target=fn, args=(arg,)) for _ in range(N_THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    print(f"The GIL lets one thread run Python at a time: {N_THREADS} CPU-bound threads are no faster "
          "than one, while sleeping threads overlap.")
    rows = []
    for label, fn, arg, rounds in (("CPU-bound (count down)", count_down, WORK, 3), ("I/O-bound (sleep)", nap, NAP, 1)):
        # alternate the two ways and keep each one's best time, so neither pays for warm-up
        # (gilpy's JIT, caches) or for a moment when the machine was busy with something else
        one_after_another = min(serial(fn, arg) for _ in range(rounds))
        threaded = min(in_threads(fn, arg) for _ in range(rounds))
        one_after_another = min(one_after_another, serial(fn, arg)) if rounds > 1 else one_after_another
        rows.append((label, one_after_another, threaded))
    print(f"{'work':<24}{'serial':>10}{str(N_THREADS) + ' threads':>12}{'ratio':>8}")
    for label, one_after_another, threaded in rows:
        print(f"{label:<24}{one_after_another:>9.2f}s{threaded:>11.2f}s{threaded / one_after_another:>8.2f}")


if __name__ == "__main__":
    main()
