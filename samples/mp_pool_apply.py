# Pool(processes=3).apply: one task at a time, run by a pool of worker processes.
#
# What it shows: a Pool starts its worker processes once and hands them tasks.
# apply() sends one call to a worker and blocks until its result comes back, so
# the 30 calls run one after another (apply_async or map run them side by side)
# but are spread over the three workers.
#
# What you should see: 0 1 2 ... 29 printed in order by the workers, the results
# (the squares) collected by the parent, and the pids of the workers that ran
# them: at most three, none of them the parent's.

import multiprocessing
import os


def show(i):
    print(i, end=" ", flush=True)
    return i * i, os.getpid()


def main():
    print("A Pool of 3 worker processes runs 30 apply() calls, one after another.", flush=True)
    with multiprocessing.Pool(processes=3) as pool:
        answers = [pool.apply(show, (i,)) for i in range(30)]
    print()
    print(f"results: {[square for square, _ in answers]}")
    workers = sorted({pid for _, pid in answers})
    print(f"worker pids: {workers}; parent pid {os.getpid()}")


if __name__ == "__main__":
    main()
