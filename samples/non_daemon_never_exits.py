# !!! THIS PROGRAM NEVER EXITS. Do not run it in CI or in a test suite. !!!
# Stop it with Ctrl-C (or kill it).
#
# The non-daemon twin of queue_workers.py: the same ten workers looping forever
# on Queue.get(), but created with daemon=False (the default).
#
# What it shows: the interpreter exits only when every non-daemon thread has
# finished. Queue.join() returns and the main thread reaches its end, but the
# workers are still blocked in get(), waiting for items that never come, so the
# process stays alive.
#
# What you should see: the 20 items handled, "main thread done" and the count
# of live threads; then nothing more, and no shell prompt, until you press
# Ctrl-C (CPython then prints a KeyboardInterrupt traceback from its shutdown).

import queue
import threading

WORKERS = 10
print_lock = threading.Lock()


def worker(tasks):
    name = threading.current_thread().name
    while True:
        item = tasks.get()
        with print_lock:
            print(f"  {name} got {item}")
        tasks.task_done()


def main():
    print("Non-daemon threads keep the process alive after the main thread ends: "
          "this program never exits (press Ctrl-C).")
    tasks = queue.Queue()
    for n in range(WORKERS):
        threading.Thread(target=worker, args=(tasks,), name=f"worker-{n}", daemon=False).start()
    for item in range(1, 21):
        tasks.put(item)
    tasks.join()
    print(f"main thread done; {threading.active_count() - 1} non-daemon workers still "
          "wait in get(), so the process keeps running", flush=True)


if __name__ == "__main__":
    main()
