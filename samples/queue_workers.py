# A pool of daemon worker threads draining a queue.Queue, with task_done/join.
#
# What it shows: queue.Queue is FIFO and thread-safe; every get() is matched by a
# task_done(), and Queue.join() returns once every item put so far is done. The
# ten workers are daemon threads looping forever on get(); when the main thread
# finishes, the process exits anyway, because daemon threads do not keep it
# alive (non_daemon_never_exits.py shows the opposite).
#
# What you should see: FIFO order [1, 2, 3]; then 20 lines "worker-N got i"
# spread over the ten workers; then 100 000 items handled, split among the
# workers, with the right total; then the program ends.

import queue
import threading
import time

WORKERS = 10
announce = threading.Event()  # set while the workers should print each item
print_lock = threading.Lock()
tallies = {}  # worker name -> [items handled, sum of items]; each worker writes only its own


def fifo_demo():
    q = queue.Queue()
    for item in (1, 2, 3):
        q.put(item)
    taken = []
    while not q.empty():
        taken.append(q.get())
        q.task_done()
    q.join()  # returns at once: every item has been marked done
    print(f"FIFO order: {taken}; join() returned, every item being marked done")


def worker(tasks):
    name = threading.current_thread().name
    tally = tallies[name] = [0, 0]
    while True:
        item = tasks.get()
        if announce.is_set():
            with print_lock:
                print(f"  {name} got {item}")
        tally[0] += 1
        tally[1] += item
        tasks.task_done()


def main():
    print("Daemon worker threads drain a Queue; Queue.join() waits until every item is done.")
    fifo_demo()

    tasks = queue.Queue()
    for n in range(WORKERS):
        threading.Thread(target=worker, args=(tasks,), name=f"worker-{n}", daemon=True).start()

    announce.set()
    for item in range(1, 21):
        tasks.put(item)
    tasks.join()
    announce.clear()
    for tally in tallies.values():
        tally[:] = [0, 0]

    start = time.perf_counter()
    for item in range(100_000):
        tasks.put(item)
    tasks.join()
    seconds = time.perf_counter() - start
    counts = [count for count, _ in tallies.values()]
    total = sum(part for _, part in tallies.values())
    print(f"100 000 items: {sum(counts)} handled in {seconds:.2f} s by {len(counts)} workers "
          f"(fewest {min(counts)}, most {max(counts)}); "
          f"sum {total}, expected {sum(range(100_000))}")
    print("main thread done; the daemon workers do not keep the process alive")


if __name__ == "__main__":
    main()
