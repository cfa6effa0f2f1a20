# An ordinary global versus a multiprocessing.Value, with no __main__ guard.
#
# What it shows: four processes each add 1 to a plain global and to a shared
# Value, under a shared Lock. The plain global is incremented in each child's
# own copy of memory, so the parent's stays 0; the Value lives in shared memory,
# so the parent sees all four additions.
#
# Written on purpose without `if __name__ == "__main__":`, as the classic example
# is: this only works where children are forked copies of the parent (the fork
# start method, CPython 3.11's default on Linux). With the spawn start method
# each child would re-run this module from the top and try to start processes
# of its own, which multiprocessing refuses.
#
# What you should see: plain_num is 0, shared_num is 4

import multiprocessing

plain_num = 0
shared_num = multiprocessing.Value("d", 0)
lock = multiprocessing.Lock()


def increment():
    global plain_num
    with lock:
        plain_num += 1          # changes this child's copy only
        shared_num.value += 1   # changes the one shared number


print("Only multiprocessing's shared Value shows the children's changes in the parent.",
      flush=True)
ps = [multiprocessing.Process(target=increment) for _ in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()

print("plain_num is %d, shared_num is %d" % (plain_num, shared_num.value))
