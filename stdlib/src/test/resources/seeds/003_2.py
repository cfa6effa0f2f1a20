# seed 003 (a notebook), cell "In [2]" of "threads"
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
import time
from threading import Thread
import os

print("hello")

def square_numbers():
    a = 0
    for i in range(1_000):
        a += i * i
        time.sleep(0.01)
    print(f"DONE {a}")


threads = []
num_threads = 10

# create processes
for i in range(num_threads):
    t = Thread(target=square_numbers)
    threads.append(t)

start_time = time.time()
# start processes
for t in threads:
    t.start()

# join processes:
for t in threads:
    t.join()

end_time = time.time()
print("end main")
print("--- %s seconds ---" % (end_time - start_time))
