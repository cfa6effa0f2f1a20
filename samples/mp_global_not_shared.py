# A global list filled in a child process stays empty in the parent.
#
# What it shows: a child process works on its own copy of the parent's memory,
# so appending to a global list there changes the child's copy only. Threads,
# by contrast, share the one list. To get results back from a process, use IPC
# (mp_queue.py, mp_pipe.py) or shared memory (mp_value_race.py).
#
# What you should see: the child prints [4, 9, 64, 81]; the parent then prints
# [] after the process, and [4, 9, 64, 81] after the same work in a thread.

import multiprocessing
import threading

results = []


def collect_squares(numbers, where):
    for n in numbers:
        results.append(n * n)
    print(f"  inside the {where}: results = {results}", flush=True)


def main():
    print("A child process changes its own copy of a global; the parent's stays as it was.")
    numbers = [2, 3, 8, 9]

    child = multiprocessing.Process(target=collect_squares, args=(numbers, "child process"))
    child.start()
    child.join()
    print(f"  parent after the process: results = {results}")

    worker = threading.Thread(target=collect_squares, args=(numbers, "thread"))
    worker.start()
    worker.join()
    print(f"  parent after the thread:  results = {results}")


if __name__ == "__main__":
    main()
