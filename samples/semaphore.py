# A Semaphore admits a limited number of threads at once: a car park with 3 bays.
#
# What it shows: threading.Semaphore(3) keeps a count of free bays; acquire()
# takes one or blocks while none is free, release() gives one back and wakes a
# waiter. Eight cars each park for 0.2 s. A BoundedSemaphore also refuses a
# release() that was never acquired.
#
# What you should see: never more than 3 cars parked at once; all 8 park; the
# whole run takes about 3 rounds x 0.2 s = 0.6 s; the extra release raises
# ValueError.

import threading
import time

BAYS = 3
CARS = 8
PARK_SECONDS = 0.2

bays = threading.Semaphore(BAYS)
state_lock = threading.Lock()
parked = 0
most_parked = 0
log = []


def park(car):
    global parked, most_parked
    with bays:
        with state_lock:
            parked += 1
            most_parked = max(most_parked, parked)
            log.append(f"car {car} in ({parked} parked)")
        time.sleep(PARK_SECONDS)
        with state_lock:
            parked -= 1
            log.append(f"car {car} out")


def main():
    print(f"A Semaphore({BAYS}) lets at most {BAYS} threads into the guarded section at once.")
    start = time.perf_counter()
    cars = [threading.Thread(target=park, args=(n,)) for n in range(CARS)]
    for t in cars:
        t.start()
    for t in cars:
        t.join()
    seconds = time.perf_counter() - start
    for line in log:
        print(f"  {line}")
    rounds = -(-CARS // BAYS)
    print(f"{CARS} cars parked, at most {most_parked} at once, in {seconds:.2f} s "
          f"(expected about {rounds} x {PARK_SECONDS} = {rounds * PARK_SECONDS:.1f} s)")

    bounded = threading.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as error:
        print(f"BoundedSemaphore: releasing more than was acquired raises ValueError: {error}")


if __name__ == "__main__":
    main()
