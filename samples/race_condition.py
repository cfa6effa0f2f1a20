# A read-modify-write race between threads, made visible with sleeps.
#
# What it shows: each of ten threads copies a shared counter, adds 1 to its copy
# ten times (sleeping between additions, which lets the other threads run), then
# writes the copy back. All ten read the counter before any writes it, so every
# thread writes back 0 + 10 and nine threads' work is lost. The GIL does not
# prevent this: it protects the interpreter's own data, not your invariants.
#
# What you should see: start value 0, expected 100, end value 10.

import threading
import time

counter = 0


def increase():
    global counter
    local_copy = counter
    for _ in range(10):
        local_copy += 1
        time.sleep(0.01)
    counter = local_copy


def main():
    print("Without a lock, threads that read, modify and write a shared value lose updates.")
    print(f"start value {counter}")
    workers = [threading.Thread(target=increase) for _ in range(10)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    print(f"expected {10 * len(workers)}, end value {counter}")


if __name__ == "__main__":
    main()
