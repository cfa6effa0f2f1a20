# Barrier, BoundedSemaphore and Condition passed to a spawned child (pickled as handles).
import multiprocessing as mp
def at_barrier(b, sem, cond, q):
    with sem:
        q.put(b.wait(60) >= 0)
    with cond:
        cond.notify()
if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    b, sem, cond, q = ctx.Barrier(2), ctx.BoundedSemaphore(1), ctx.Condition(), ctx.Queue()
    p = ctx.Process(target=at_barrier, args=(b, sem, cond, q))
    with cond:
        p.start()
        print(b.wait(60) >= 0, q.get(timeout=60))
        print(cond.wait(60))
    p.join()
    print(p.exitcode, b.n_waiting, sem.get_value())
