# seed 002 "Multi-Process and Multi-Threading of Python", 2.3 Process Synchronization, without a lock
import time
from multiprocessing import Process, Value

def func(val):
    for i in range(50):
        time.sleep(0.01)
        val.value += 1

if __name__ == '__main__':
    # Multi-process can not use global variables.The value provided by multiprocessing is an agent,
	 # Can share this variable in the multi-process.
    v = Value('i', 0)
    procs = [Process(target=func, args=(v,)) for i in range(10)]

    for p in procs:
    	p.start()
    for p in procs:
    	p.join()

    print(v.value)

