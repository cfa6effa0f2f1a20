# Threads do speed up work done in native code that releases the GIL.
#
# What it shows: hashlib's sha256 drops the GIL while it hashes a large buffer,
# so threads hashing separate buffers run on separate cores at once, unlike
# threads running Python bytecode (see cpu_bound_threads_vs_processes.py). The
# same 16 hashes of a 32 MiB buffer are split over 1, 2 and 4 threads.
#
# What you should see: with 2 threads about half the time of 1 thread on a
# machine with 2 or more cores; 4 threads no better than min(4, cores) allows;
# every digest the same.

import hashlib
import os
import threading
import time

HASHES = 16
BUFFER = bytes(range(256)) * (32 * 1024 * 1024 // 256)  # 32 MiB


def hash_some(count, digests):
    for _ in range(count):
        digests.append(hashlib.sha256(BUFFER).hexdigest())


def hash_in_threads(thread_count):
    digests = []
    workers = [threading.Thread(target=hash_some, args=(HASHES // thread_count, digests))
               for _ in range(thread_count)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - start, digests


def main():
    print("hashlib releases the GIL while hashing, so threads hashing large buffers run in parallel.")
    print(f"work: {HASHES} x sha256 of {len(BUFFER) // (1024 * 1024)} MiB; cores: {os.cpu_count()}")
    print(f"  {'threads':>7} {'seconds':>8} {'speed-up':>9}")
    one_thread = None
    digests = set()
    for thread_count in (1, 2, 4):
        seconds, results = hash_in_threads(thread_count)
        one_thread = one_thread or seconds
        digests.update(results)
        print(f"  {thread_count:>7} {seconds:8.2f} {one_thread / seconds:8.2f}x", flush=True)
    print(f"distinct digests: {len(digests)} ({digests.pop()[:16]}...)")


if __name__ == "__main__":
    main()
