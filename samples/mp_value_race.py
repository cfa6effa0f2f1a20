# Processes racing on a shared multiprocessing.Value, and the Lock that fixes it.
#
# What it shows: a Value lives in shared memory, so every process sees the same
# number, but `val.value += 1` is a read followed by a write. Ten processes each
# add 1 fifty times (sleeping 10 ms between additions); when two of them read
# the same number, one addition is lost. Taking a multiprocessing.Lock around
# the read and write makes each addition whole.
#
# What you should see: without the lock, totals at or below 500 that vary from
# trial to trial (e.g. 498, 500, 497; on a busy or single-core machine losses
# are rarer); with the lock, 500 every time.

import multiprocessing
import time

PROCESSES = 10
ADDITIONS = 50


def add_unlocked(val):
    for _ in range(ADDITIONS):
        time.sleep(0.01)
        val.value += 1


def add_locked(val, lock):
    for _ in range(ADDITIONS):
        time.sleep(0.01)
        with lock:
            val.value += 1


def trial(target, *extra):
    val = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=target, args=(val, *extra)) for _ in range(PROCESSES)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    return val.value


def main():
    print("Processes sharing a Value lose updates to a read-modify-write race unless a Lock guards it.")
    expected = PROCESSES * ADDITIONS
    unlocked = [trial(add_unlocked) for _ in range(3)]
    print(f"  without a lock: {unlocked} (expected {expected} each)")
    lock = multiprocessing.Lock()
    locked = [trial(add_locked, lock) for _ in range(3)]
    print(f"  with a lock:    {locked}")


if __name__ == "__main__":
    main()
