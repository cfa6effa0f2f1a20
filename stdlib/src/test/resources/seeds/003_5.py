# seed 003 (a notebook), cell "In [5]" of "Solve race with Lock"
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
from threading import Lock

database_value = 0


def increase(lock):
    global database_value

    lock.acquire()
    local_copy = database_value

    # processing
    for _ in range(10):
        local_copy += 1
        time.sleep(0.1)

    database_value = local_copy
    lock.release()


def increase_2(lock):
    global database_value

    # use Lock as context manager
    with lock:
        local_copy = database_value

        # processing
        for _ in range(10):
            local_copy += 1
            time.sleep(0.1)

        database_value = local_copy


print(f"start value {database_value}")

lock = Lock()
th_1 = Thread(target=increase, args=(lock,))
th_2 = Thread(target=increase_2, args=(lock,))

th_1.start()
th_2.start()

th_1.join()
th_2.join()

print(f"env value {database_value}")
