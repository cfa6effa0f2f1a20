# Threads live inside one process; processes are separate.
#
# What it shows: four threads all report the parent's process id (and each its
# own thread name and ident); four processes each report a pid of their own,
# and their parent pid is the pid of this script.
#
# What you should see: one distinct pid among the threads, equal to the main
# pid; four distinct pids among the processes, none equal to the main pid, each
# with the main pid as its parent. The numbers themselves change from run to run.

import multiprocessing
import os
import threading


def report_thread(seen, finish):
    me = threading.current_thread()
    print(f"  thread {me.name}: pid {os.getpid()}, thread ident {threading.get_ident()}")
    seen.append(os.getpid())
    finish.wait()  # stay alive until all have reported, so no ident is reused


def report_process(greeting, replies):
    print(f"  process {multiprocessing.current_process().name}: {greeting}, "
          f"pid {os.getpid()}, parent pid {os.getppid()}", flush=True)
    replies.put((os.getpid(), os.getppid()))


def main():
    print("Threads share their process's pid; every process has a pid of its own.")
    main_pid = os.getpid()
    print(f"main: pid {main_pid}, thread ident {threading.get_ident()}")

    thread_pids = []
    finish = threading.Event()
    threads = [threading.Thread(target=report_thread, args=(thread_pids, finish)) for _ in range(4)]
    for t in threads:
        t.start()
    finish.set()
    for t in threads:
        t.join()

    replies = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=report_process, args=(f"hello from #{n}", replies))
                 for n in range(4)]
    for p in processes:
        p.start()
    children = [replies.get() for _ in processes]
    for p in processes:
        p.join()

    child_pids = {pid for pid, _ in children}
    print(f"threads:   {len(set(thread_pids))} distinct pid(s), "
          f"same as main: {set(thread_pids) == {main_pid}}")
    print(f"processes: {len(child_pids)} distinct pid(s), any same as main: {main_pid in child_pids}, "
          f"all children of main: {all(ppid == main_pid for _, ppid in children)}")


if __name__ == "__main__":
    main()
