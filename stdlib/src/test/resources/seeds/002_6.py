# seed 002 "Multi-Process and Multi-Threading of Python", 2.3 Process Synchronization, with a Lock
import time
from multiprocessing import Process, Value, Lock

def func(val, lock):
    for i in range(50):
        time.sleep(0.01)
        # with lock sentence is a shorthand for the following statement:
        # get a lock
        # lock.acquire()
        # val.calue += 1
        # lock.release()
        # operation in lock
        with lock:
            val.value += 1

if __name__ == '__main__':
	 
    v = Value('i', 0)
    # init the lock
    lock = Lock()
    procs = [Process(target=func, args=(v, lock)) for i in range(10)]

    for p in procs:
    	p.start()
    for p in procs:
    	p.join()

    print(v.value)

