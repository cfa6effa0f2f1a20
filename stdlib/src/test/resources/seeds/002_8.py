# seed 002 "Multi-Process and Multi-Threading of Python", 2.5 Multithreading
import threading

def hello(name):
	  # get_ident() function to acquire the current threading id
    print('child thread: {}'.format(threading.get_ident()))
    print('Hello ' + name)

def main():
    # Initialize a thread.Passing a parameter is similar to that of using Process.
    t = threading.Thread(target=hello, args=('labex',))
    # Start the thread and wait for the thread to end.This is the same as the interface of Process.
    t.start()
    t.join()
    print('main thread: {}'.format(threading.get_ident()))

if __name__ == '__main__':
    main()

