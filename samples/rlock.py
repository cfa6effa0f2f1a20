# Lock versus RLock: which one the same thread may take twice.
#
# What it shows: a plain Lock does not know its owner, so a thread that holds it
# and asks for it again would block forever (here we ask without blocking, and
# get False). An RLock (re-entrant lock) counts how often its owner acquired it,
# so nested or recursive code may take it again; other threads still wait until
# the owner has released it as often as it acquired it.
#
# What you should see: Lock, second acquire by the owner -> False; RLock,
# recursion 5 levels deep -> fine; another thread's acquire of the RLock -> False
# while it is held twice, False after one release, True after both.

import threading


def acquire_elsewhere(some_lock):
    """Whether another thread could take the lock right now (it gives it back)."""
    result = []

    def probe():
        got_it = some_lock.acquire(blocking=False)
        if got_it:
            some_lock.release()
        result.append(got_it)

    other = threading.Thread(target=probe)
    other.start()
    other.join()
    return result[0]


def countdown(rlock, n, levels):
    with rlock:  # re-entered at every level of the recursion
        levels.append(n)
        if n > 1:
            countdown(rlock, n - 1, levels)


def main():
    print("A Lock cannot be re-acquired by the thread holding it; an RLock can, "
          "and still excludes other threads.")
    lock = threading.Lock()
    lock.acquire()
    print(f"Lock:  owner acquires again (non-blocking) -> {lock.acquire(blocking=False)}")
    lock.release()

    rlock = threading.RLock()
    levels = []
    countdown(rlock, 5, levels)
    print(f"RLock: recursion took it {len(levels)} times, levels {levels}")

    rlock.acquire()
    rlock.acquire()
    print(f"RLock held twice; another thread acquires -> {acquire_elsewhere(rlock)}")
    rlock.release()
    print(f"RLock released once; another thread acquires -> {acquire_elsewhere(rlock)}")
    rlock.release()
    print(f"RLock released twice; another thread acquires -> {acquire_elsewhere(rlock)}")


if __name__ == "__main__":
    main()
