# Threads that wait overlap their waits.
#
# What it shows: time.sleep() (like blocking I/O) releases the GIL, so threads
# that mostly wait run their waits at the same time, however many cores there
# are. Part 1: one sleep of 1 s, then four threads each sleeping 1 s. Part 2: ten
# threads that each alternate a little arithmetic with 10 ms sleeps, fifty times.
#
# What you should see: four sleeping threads take about 1 s, not 4 s; the ten
# workers take about 0.5 s, not the 5 s their sleeps add up to, and all print the
# same sum.

import threading
import time

SLEEP = 1.0


def wait():
    time.sleep(SLEEP)


def sum_squares_slowly(results, index):
    total = 0
    for i in range(50):
        total += i * i
        time.sleep(0.01)
    results[index] = total


def report(label, start, note=""):
    print(f"  {label:<44} {time.perf_counter() - start:5.2f} s{note}")


def main():
    print("Threads that sleep or wait for I/O release the GIL, so their waits overlap.")

    start = time.perf_counter()
    wait()
    report(f"one sleep of {SLEEP:.0f} s", start)

    start = time.perf_counter()
    sleepers = [threading.Thread(target=wait) for _ in range(4)]
    for t in sleepers:
        t.start()
    for t in sleepers:
        t.join()
    report(f"four sleeps of {SLEEP:.0f} s, one per thread", start)

    results = [None] * 10
    start = time.perf_counter()
    workers = [threading.Thread(target=sum_squares_slowly, args=(results, n)) for n in range(10)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    report("ten threads, each 50 x (work + 10 ms sleep)", start,
           f"  (the sleeps add up to 5 s); their sums: {sorted(set(results))}")


if __name__ == "__main__":
    main()
