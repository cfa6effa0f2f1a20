# The same waits done by threads and by asyncio tasks; then the same CPU work.
#
# What it shows: ten I/O-like waits of 0.5 s overlap whether ten threads each
# block in time.sleep() (which releases the GIL) or ten asyncio tasks each await
# asyncio.sleep() in one thread (the event loop waits for the earliest timer and
# switches task at every await). A blocking call inside a coroutine stops the
# whole loop, unless it goes to a thread with asyncio.to_thread(). CPU work gains
# nothing either way: threads take turns for the GIL, and tasks take turns on
# the loop's one thread.
#
# What you should see: about 0.5 s for the threads and the tasks (not the 5 s the
# waits add up to); 0.5 s per round for the to_thread tasks, as the default
# thread pool has min(32, cores + 4) threads; about 1 s for three coroutines that
# call time.sleep(0.33) (no overlap); and a ratio near 1.0 to the serial run for
# the CPU work, in threads as in tasks.

import asyncio
import os
import threading
import time

WAITS = 10
WAIT = 0.5
CPU_JOBS = 4
CPU_N = 3_000_000


def count_down(n):
    while n > 0:
        n -= 1


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def report(label, seconds, note=""):
    print(f"  {label:<60} {seconds:5.2f} s{note}")


def in_threads(target, args, count):
    threads = [threading.Thread(target=target, args=args) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


async def gather(make, count):
    await asyncio.gather(*(make() for _ in range(count)))


async def count_down_in_steps(n, steps=100):
    for _ in range(steps):
        count_down(n // steps)
        await asyncio.sleep(0)  # let the other tasks run: they still share one thread


async def blocking_wait():
    time.sleep(WAIT * 2 / 3)  # the mistake: a blocking call holds the loop


def main():
    print("Waits overlap in threads and in asyncio tasks; CPU work overlaps in neither.")
    print(f"{WAITS} waits of {WAIT} s (they add up to {WAITS * WAIT:.0f} s):")
    report(f"{WAITS} threads, time.sleep({WAIT})",
           timed(lambda: in_threads(time.sleep, (WAIT,), WAITS)))
    report(f"{WAITS} asyncio tasks, await asyncio.sleep({WAIT})",
           timed(lambda: asyncio.run(gather(lambda: asyncio.sleep(WAIT), WAITS))))
    pool = min(32, (os.cpu_count() or 1) + 4)
    report(f"{WAITS} asyncio tasks, await asyncio.to_thread(time.sleep, {WAIT})",
           timed(lambda: asyncio.run(gather(lambda: asyncio.to_thread(time.sleep, WAIT),
                                            WAITS))),
           f"  ({-(-WAITS // pool)} rounds: the default pool has {pool} threads)")
    report(f"3 asyncio tasks calling time.sleep({WAIT * 2 / 3:.2f}) (blocking the loop)",
           timed(lambda: asyncio.run(gather(blocking_wait, 3))))

    print(f"CPU work, {CPU_JOBS} jobs of count_down({CPU_N:,}):")
    serial = timed(lambda: [count_down(CPU_N) for _ in range(CPU_JOBS)])
    report("one after another", serial)
    threads = timed(lambda: in_threads(count_down, (CPU_N,), CPU_JOBS))
    report(f"{CPU_JOBS} threads", threads, f"  ratio to serial {threads / serial:.2f}")
    tasks = timed(lambda: asyncio.run(gather(lambda: count_down_in_steps(CPU_N), CPU_JOBS)))
    report(f"{CPU_JOBS} asyncio tasks (yielding every 1/100 of the work)", tasks,
           f"  ratio to serial {tasks / serial:.2f}")


if __name__ == "__main__":
    main()
