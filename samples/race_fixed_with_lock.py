# The race of race_condition.py, fixed with a Lock, written both ways.
#
# What it shows: holding a threading.Lock across the whole read-modify-write
# makes it atomic with respect to the other threads. One function uses
# lock.acquire() / lock.release() (in try/finally), the other `with lock:`;
# they guard the same counter and exclude each other.
#
# What you should see: two threads -> end value 20; then ten threads -> 100.
# Each locked update takes ~0.1 s and they run one at a time, so the second
# part takes about 1 s.

import threading
import time

counter = 0


def add_ten_slowly():
    global counter
    local_copy = counter
    for _ in range(10):
        local_copy += 1
        time.sleep(0.01)
    counter = local_copy


def increase_with_acquire_release(lock):
    lock.acquire()
    try:
        add_ten_slowly()
    finally:
        lock.release()


def increase_with_statement(lock):
    with lock:
        add_ten_slowly()


def run(targets, lock):
    workers = [threading.Thread(target=target, args=(lock,)) for target in targets]
    for t in workers:
        t.start()
    for t in workers:
        t.join()


def main():
    global counter
    print("A Lock held across read-modify-write makes the threads' updates add up.")
    lock = threading.Lock()

    run([increase_with_acquire_release, increase_with_statement], lock)
    print(f"two threads (acquire/release and with): expected 20, end value {counter}")

    counter = 0
    start = time.perf_counter()
    run([increase_with_acquire_release, increase_with_statement] * 5, lock)
    print(f"ten threads: expected 100, end value {counter} "
          f"({time.perf_counter() - start:.2f} s: the locked sections ran one at a time)")


if __name__ == "__main__":
    main()
