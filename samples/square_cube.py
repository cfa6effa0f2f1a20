# Squares in one worker, cubes in another: first as two threads, then as two
# processes.
#
# What it shows: the same two functions run side by side with threading.Thread
# and with multiprocessing.Process, whose interfaces match (target, args,
# start, join). Each item takes a 0.2 s sleep, standing in for waiting on I/O,
# so both ways the two workers overlap.
#
# What you should see: square and cube lines interleaved, "done" after about
# 0.8 s (4 items x 0.2 s) each time rather than 1.6 s.

import multiprocessing
import threading
import time

DELAY = 0.2


def calc_square(numbers):
    for n in numbers:
        time.sleep(DELAY)
        print(f"  square: {n * n}", flush=True)


def calc_cube(numbers):
    for n in numbers:
        time.sleep(DELAY)
        print(f"  cube:   {n * n * n}", flush=True)


def run_pair(label, worker_class, numbers):
    start = time.perf_counter()
    first = worker_class(target=calc_square, args=(numbers,))
    second = worker_class(target=calc_cube, args=(numbers,))
    first.start()
    second.start()
    first.join()
    second.join()
    print(f"{label} done in {time.perf_counter() - start:.2f} s "
          f"(one after the other: {2 * len(numbers) * DELAY:.1f} s)", flush=True)


def main():
    print("Threads and processes share one interface; both overlap work that waits.", flush=True)
    numbers = [2, 3, 8, 9]
    run_pair("two threads", threading.Thread, numbers)
    run_pair("two processes", multiprocessing.Process, numbers)


if __name__ == "__main__":
    main()
