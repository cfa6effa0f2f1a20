# seed 003 (a notebook), cell "In [5]" of "Let's start from multiprocessing"
# (run after 003_kernel.py, as the notebook ran it after its earlier cells)
import time
from multiprocessing import Process
import os


def square_numbers():
    for i in range(1_000):
        i * i
        time.sleep(0.1)
    print("DONE")


processes = []
num_processes = os.cpu_count()
print(num_processes)

# create processes
for i in range(num_processes):
    p = Process(target=square_numbers)
    processes.append(p)

# start processes
for p in processes:
    p.start()

# join processes:
for p in processes:
    p.join()

print("end main")
