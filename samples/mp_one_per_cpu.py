# One worker process per CPU, as os.cpu_count() reports them.
#
# What it shows: sizing a set of processes to the machine. Each process squares
# numbers with short sleeps in between (0.4 s of sleeping in all) and reports
# its pid and result; the parent starts them all, then joins them all.
#
# What you should see: the CPU count, one "done" line per CPU with distinct pids
# and the same sum (in any order), then "end main" after about 0.4 s, not
# 0.4 s x CPUs.

import multiprocessing
import os
import time


def square_numbers():
    total = 0
    for i in range(20):
        total += i * i
        time.sleep(0.02)
    print(f"  process {os.getpid()} done: sum of squares {total}", flush=True)


def main():
    count = os.cpu_count() or 1
    print(f"Start one process per CPU and wait for all of them: this machine has {count} CPUs.",
          flush=True)
    start = time.perf_counter()
    processes = [multiprocessing.Process(target=square_numbers) for _ in range(count)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f"end main after {time.perf_counter() - start:.2f} s; exit codes "
          f"{[p.exitcode for p in processes]}")


if __name__ == "__main__":
    main()
