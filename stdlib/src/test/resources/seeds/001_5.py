# seed 001 "Multithreading & Multiprocessing in Python3", "Sharing Data Between Processes Using Queue": its two fragments, line breaks and indentation restored
import multiprocessing
def calc_square(numbers, q):   #child-function
    for i in numbers:
        q.put(i*i)
    print('inside process : '+str(results))

if __name__ == "__main__":   #main function
    arr = [2,3,8,9]
    q = multiprocessing.Queue()
    p1 = multiprocessing.Process(target = calc_square,args=(arr, q))
    p1.start()
    p1.join()
    while q.empty() is False:
        print(q.get())
