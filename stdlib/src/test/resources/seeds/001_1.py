# seed 001 "Multithreading & Multiprocessing in Python3", "How to Create Threads": its two fragments, indentation restored (the text lost it)
import threading
def new():
    for x in range(6):
        print("Child Thread Here!!")
t1=threading.Thread(target=new)

t1.start()
t1.join()
print("Main Thread Here!!")
