# Pool.map with processes, maxtasksperchild, initializer and initargs.
#
# What it shows: Pool(processes=2) keeps two worker processes busy; each new
# worker first runs initializer(*initargs); maxtasksperchild=3 retires a worker
# after three tasks and starts a fresh one in its place (freeing whatever the old
# one held). map() splits the list into tasks (chunksize=1: one item per task),
# runs them in parallel and returns the results in the order of the input.
#
# What you should see: a "worker <pid> ready" line for every worker started: at
# least four for 12 tasks at three per worker (the pool may start a spare that
# gets no task), never more than two at once; then the squares of 0..11 in
# order, each task's worker pid, and how many workers ran tasks.

import multiprocessing
import os

settings = {}


def prepare(label, scale):
    settings["label"] = label
    settings["scale"] = scale
    print(f"  worker {os.getpid()} ready: initializer got {label!r}, scale {scale}", flush=True)


def square(n):
    return n * n * settings["scale"], os.getpid()


def main():
    print("Pool.map spreads a list over worker processes; maxtasksperchild replaces "
          "workers, and initializer prepares each new one.", flush=True)
    numbers = list(range(12))
    with multiprocessing.Pool(processes=2, maxtasksperchild=3,
                              initializer=prepare, initargs=("squares", 1)) as pool:
        answers = pool.map(square, numbers, chunksize=1)
    print(f"results: {[value for value, _ in answers]}")
    pids = [pid for _, pid in answers]
    print(f"worker pid per task: {pids}")
    print(f"{len(set(pids))} workers ran the {len(numbers)} tasks, at most 3 each")


if __name__ == "__main__":
    main()
