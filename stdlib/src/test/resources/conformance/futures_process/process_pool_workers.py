# ProcessPoolExecutor: initializer/initargs, max_tasks_per_child, mp_context, cancel_futures,
# and no worker processes left after shutdown
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor

greeting = "unset"


def setup(word):
    global greeting
    greeting = word


def greet(name):
    return f"{greeting}, {name}"


def worker_pid(_=None):
    return os.getpid()


def main():
    with ProcessPoolExecutor(2, initializer=setup, initargs=("hi",)) as ex:
        print(list(ex.map(greet, ["ann", "bob", "cy"])))
    print("in the parent:", greeting)

    # a worker ends after max_tasks_per_child calls and a fresh one takes its place
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as ex:
        print(ex._mp_context.get_start_method())
        pids = [ex.submit(worker_pid).result() for _ in range(3)]
    print("distinct workers:", len(set(pids)), os.getpid() not in pids)
    with ProcessPoolExecutor(1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(worker_pid).result() for _ in range(4)]
    print("distinct workers:", len(set(pids)))

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as ex:
        print(ex._mp_context is context, ex.submit(greet, "spawned").result())

    ex = ProcessPoolExecutor(max_workers=1)
    fs = [ex.submit(time.sleep, 0.5)] + [ex.submit(worker_pid) for _ in range(6)]
    while not fs[0].running():
        time.sleep(0.01)
    ex.shutdown(wait=True, cancel_futures=True)
    print(fs[0].result(), fs[-1].cancelled(), all(f.done() for f in fs))
    print("workers left:", multiprocessing.active_children())

    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(greet, n) for n in "xyz"]
    ex.shutdown(wait=False)
    print([f.result() for f in fs])

    # not shut down: the interpreter finishes the pool's calls before it exits
    late = ProcessPoolExecutor(max_workers=1)
    late.submit(time.sleep, 0.2).add_done_callback(lambda f: print("the pending call finished at exit"))
    print("main ends")


if __name__ == "__main__":
    main()
