package org.gilpy.threading;

import org.junit.jupiter.api.Test;

/**
 * queue.Queue, LifoQueue, PriorityQueue and SimpleQueue, error cases included.
 * Each program's expected output is what CPython 3.11 prints for it.
 */
class QueueApiTest {
    @Test
    void boundedQueueBlocksPutters() {
        PyRun.expect("""
                import queue, threading, time
                b = queue.Queue(maxsize=2)
                b.put(1); b.put_nowait(2); print(b.full(), b.qsize())
                for bad in (lambda: b.put(3, False), lambda: b.put_nowait(3), lambda: b.put(3, timeout=0.01)):
                    try:
                        bad()
                    except queue.Full as e:
                        print("Full", repr(e))
                try:
                    b.put(3, timeout=-1)
                except ValueError as e:
                    print("ValueError", e)
                def later():
                    time.sleep(0.02)
                    print("got", b.get())
                t = threading.Thread(target=later); t.start(); b.put(3); t.join(); print(list(b.queue))
                """, """
                True 2
                Full Full()
                Full Full()
                Full Full()
                ValueError 'timeout' must be a non-negative number
                got 1
                [2, 3]
                """);
    }

    @Test
    void fifoQueueAndItsErrors() {
        PyRun.expect("""
                import queue
                q = queue.Queue()
                print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
                for i in range(3): q.put(i)
                print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.unfinished_tasks)
                for bad in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
                    try:
                        bad()
                    except queue.Empty as e:
                        print("Empty", repr(e))
                try:
                    q.get(timeout=-1)
                except ValueError as e:
                    print("ValueError", e)
                for _ in range(3): q.task_done()
                try:
                    q.task_done()
                except ValueError as e:
                    print("ValueError", e)
                q.join(); print("joined")
                print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
                """, """
                0 0 True False 0
                3 False [0, 1, 2] 3
                Empty Empty()
                Empty Empty()
                Empty Empty()
                Empty Empty()
                ValueError 'timeout' must be a non-negative number
                ValueError task_done() called too many times
                joined
                True True
                """);
    }

    @Test
    void lifoPriorityAndSimpleQueues() {
        PyRun.expect("""
                import queue
                lq = queue.LifoQueue(); [lq.put(x) for x in "abc"]; print([lq.get() for _ in range(3)])
                pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get()[1] for _ in range(3)])
                sq = queue.SimpleQueue()
                print(sq.empty(), sq.qsize()); sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
                print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
                for bad in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, 10)):
                    try:
                        bad()
                    except queue.Empty:
                        print("Empty")
                try:
                    sq.get(timeout=-1)
                except ValueError as e:
                    print("ValueError", e)
                """, """
                ['c', 'b', 'a']
                ['a', 'b', 'c']
                True 0
                3 1 2 3 True
                Empty
                Empty
                Empty
                ValueError 'timeout' must be a non-negative number
                """);
    }

    @Test
    void seed003DaemonWorkersDrainOneHundredThousandItems() {
        PyRun.expect("""
                import threading
                from threading import Thread, Lock, current_thread
                from queue import Queue
                seen = {}
                def worker(q_, lock_):
                    while True:
                        value = q.get()
                        with lock_:
                            name = current_thread().name
                            seen[name] = seen.get(name, 0) + 1
                        q.task_done()
                q = Queue()
                lock = Lock()
                for i in range(10):
                    th = Thread(target=worker, args=(q, lock))
                    th.daemon = True
                    th.start()
                for i in range(1, 21):
                    q.put(i)
                for i in range(100_000):
                    q.put(i)
                q.join()
                print(sum(seen.values()), len(seen) > 1, all(n.endswith("(worker)") for n in seen))
                """, """
                100020 True True
                """);
    }

    @Test
    void taskDoneAndJoinWithWorkers() {
        PyRun.expect("""
                import queue, threading
                work = queue.Queue()
                results = []
                lock = threading.Lock()
                def worker():
                    while True:
                        item = work.get()
                        with lock:
                            results.append(item * item)
                        work.task_done()
                for _ in range(4):
                    threading.Thread(target=worker, daemon=True).start()
                for i in range(100):
                    work.put(i)
                work.join()
                print(len(results), sum(results))
                """, """
                100 328350
                """);
    }
}
