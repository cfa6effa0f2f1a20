# gil_timeline.py: a run made to be looked at with gilpy's GIL timeline.
#
#   ./gilpy -X gil_timeline=timeline.svg samples/gil_timeline.py
#   ./gilpy -X gil_timeline=zoom.svg -X gil_window=1000:1050 samples/gil_timeline.py
#
# Three CPU-bound threads take turns at the GIL, one switch interval (5 ms) at a time: in each
# thread's lane, short green runs alternate with long red waits, and every hand-over starts with
# a drop request made by a waiting thread. A fourth thread does short sleeps, like a thread doing
# I/O: after each sleep it must wait for the running thread to drop the GIL, about one switch
# interval, so it gets far fewer loops done than alone (the convoy effect). It runs on CPython
# 3.11 as well, with the same shape: hundreds of naps a second alone, about 1/(switch interval)
# beside the CPU-bound threads.
import threading
import time

SECONDS = 2.0


def spin(stop):
    n = 0
    while not stop.is_set():
        for _ in range(1000):
            n += 1
    return n


def nap_loop(stop, counts):
    while not stop.is_set():
        time.sleep(0.0005)
        counts.append(1)


def main():
    print("Beside CPU-bound threads, a thread that sleeps briefly waits for the GIL after every "
          "sleep (the convoy effect).")
    stop = threading.Event()
    naps = []
    alone = threading.Thread(target=nap_loop, args=(stop, naps), name="sleeper alone")
    alone.start()
    time.sleep(0.2)
    stop.set()
    alone.join()
    print(f"0.5 ms naps per second, alone: {len(naps) / 0.2:.0f}")
    stop = threading.Event()
    naps.clear()
    workers = [threading.Thread(target=spin, args=(stop,), name=f"cpu-{i}") for i in range(1, 4)]
    workers.append(threading.Thread(target=nap_loop, args=(stop, naps), name="sleeper"))
    for t in workers:
        t.start()
    time.sleep(SECONDS)
    stop.set()
    for t in workers:
        t.join()
    print(f"0.5 ms naps per second, beside 3 CPU-bound threads: {len(naps) / SECONDS:.0f}")


if __name__ == "__main__":
    main()
