# seed 002 "Multi-Process and Multi-Threading of Python", 2.4 Pool
from multiprocessing import Pool

def f(i):
    print(i, end=' ')

def main():
	  # Initialize pool of three processes
    pool = Pool(processes=3)
    for i in range(30):
		   # Call the 'apply' method to start processing tasks, and income task to handle f and parameter i
        pool.apply(f, (i,))

if __name__ == '__main__':
    main()
