# seed 002 "Multi-Process and Multi-Threading of Python", 2.1 Multi-processes
import os
from multiprocessing import Process

def hello(name):
    print('child process: {}'.format(os.getpid()))
    print('Hello ' + name)

def main():
	 # Note: The args parameter should be passed in tuple
    p = Process(target=hello, args=('labex', ))
    p.start()
    p.join()
    print('parent process: {}'.format(os.getpid()))

if __name__ == '__main__':
    main()
