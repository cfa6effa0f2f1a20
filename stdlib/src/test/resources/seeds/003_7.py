# seed 003 (a notebook), cell "In [31]" of "Queue in threading": daemon workers
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
from threading import current_thread


def worker(q_, lock_):
    while True:
        value = q.get()

        # processing ...
        with lock_:
            print(f"in {current_thread().name}, got {value}")
        q.task_done()


q = Queue()
lock = Lock()
num_treads = 10

for i in range(num_treads):
    th = Thread(target=worker, args=(q, lock))
    th.daemon = True
    th.start()


for i in range(1, 21):
    q.put(i)

q.join()
