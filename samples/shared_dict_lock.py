# Threads share memory: four threads fill one dict, each write under a Lock.
#
# What it shows: every thread sees and changes the same dict object; the Lock
# makes each update a critical section. The counts printed before and after the
# locked update come from different threads in an unpredictable interleaving.
#
# What you should see: lines "saw N entries" / "left N entries" in some order,
# then the final dict with all four entries, {'0': 0, '1': 1, '2': 4, '3': 9}.

import pprint
import threading

table = {}
table_lock = threading.Lock()


def store(key, value):
    print(f"  {threading.current_thread().name} saw {len(table)} entries")
    with table_lock:
        table[key] = value
    print(f"  {threading.current_thread().name} left {len(table)} entries")


def main():
    print("Threads share one dict; a Lock guards each update, and every update lands.")
    workers = [threading.Thread(target=store, args=(str(n), n * n), name=f"writer-{n}")
               for n in range(4)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    print("final dict:")
    pprint.pprint(table)


if __name__ == "__main__":
    main()
