# seed 002 "Multi-Process and Multi-Threading of Python", 2.2.2 Queue
from multiprocessing import Process, Queue

queue = Queue()

def f1():
    queue.put('Hello labex')

def f2():
    data = queue.get()
    print(data)

def main():
    Process(target=f1).start()
    Process(target=f2).start()

if __name__ == '__main__':
    main()

