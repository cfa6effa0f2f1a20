package org.gilpy.threading;

import org.junit.jupiter.api.Test;

/**
 * Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Timer and Barrier, error cases included.
 * Each program's expected output is what CPython 3.11 prints for it.
 */
class SyncPrimitivesTest {
    @Test
    void barriers() {
        PyRun.expect("""
                import threading, time
                fired = []
                bar = threading.Barrier(3, action=lambda: fired.append("action"), timeout=5)
                print(bar.parties, bar.n_waiting, bar.broken, repr(bar).endswith(": waiters=0/3>"))
                idx = []
                for rnd in range(2):
                    ts = [threading.Thread(target=lambda: idx.append(bar.wait())) for _ in range(3)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    print(sorted(idx[-3:]), fired, bar.n_waiting)
                errors = []
                def wait_broken(timeout=None):
                    try:
                        bar.wait(timeout)
                    except threading.BrokenBarrierError as ex:
                        errors.append(type(ex).__name__)
                t = threading.Thread(target=wait_broken); t.start()
                while bar.n_waiting < 1: time.sleep(0.001)
                print(repr(bar).endswith(": waiters=1/3>"))
                bar.abort(); t.join(); print(errors, bar.broken, repr(bar).endswith(": broken>"), bar.n_waiting)
                wait_broken(); print(len(errors))
                bar.reset(); print(bar.broken, bar.n_waiting)
                wait_broken(0.01); print(len(errors), bar.broken)
                bar.reset()
                t = threading.Thread(target=wait_broken); t.start()
                while bar.n_waiting < 1: time.sleep(0.001)
                bar.reset(); t.join(); print(len(errors), bar.broken)
                bad = threading.Barrier(1, action=lambda: 1 / 0)
                try:
                    bad.wait()
                except ZeroDivisionError as ex:
                    print("action raised:", ex, bad.broken)
                print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.Barrier(1).wait())
                """, """
                3 0 False True
                [0, 1, 2] ['action'] 0
                [0, 1, 2] ['action', 'action'] 0
                True
                ['BrokenBarrierError'] True True 0
                2
                False 0
                3 True
                4 False
                action raised: division by zero True
                True 0
                """);
    }

    @Test
    void conditionWaitNotify() {
        PyRun.expect("""
                import threading, time
                c = threading.Condition()
                print(repr(c).startswith("<Condition(<unlocked _thread.RLock object"), repr(c).endswith(", 0)>"))
                for bad in (c.wait, c.notify, c.notify_all, lambda: c.wait_for(lambda: True)):
                    try:
                        bad()
                    except RuntimeError as e:
                        print("RuntimeError", e)
                with c:
                    print(c.wait(0.01), c.wait_for(lambda: 5, 0.01), c.wait_for(lambda: 0, 0.01), c.wait(0))
                items = []
                def consume(n):
                    with c:
                        c.wait_for(lambda: len(items) >= n)
                        items.append(f"consumer{n}")
                        c.notify_all()
                ts = [threading.Thread(target=consume, args=(n,)) for n in (1, 2)]
                for t in ts: t.start()
                while True:
                    with c:
                        if len(c._waiters) == 2: break
                    time.sleep(0.001)
                with c:
                    items.append("x"); c.notify_all()
                for t in ts: t.join()
                print(sorted(items))
                woken = []
                def waiter(i):
                    with c:
                        woken.append((i, c.wait(5)))
                ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
                for t in ts: t.start()
                while True:
                    with c:
                        if len(c._waiters) == 3: break
                    time.sleep(0.001)
                with c:
                    c.notify(2)
                while len(woken) < 2: time.sleep(0.001)
                print(len(woken), all(ok for _, ok in woken))
                with c:
                    c.notifyAll()
                for t in ts: t.join()
                print(len(woken))
                cl = threading.Condition(threading.Lock())
                with cl:
                    print(cl.wait(0.001), cl._is_owned())
                print(cl._is_owned())
                """, """
                True True
                RuntimeError cannot wait on un-acquired lock
                RuntimeError cannot notify on un-acquired lock
                RuntimeError cannot notify on un-acquired lock
                False 5 0 False
                ['consumer1', 'consumer2', 'x']
                2 True
                3
                False True
                False
                """);
    }

    @Test
    void eventsAndTimers() {
        PyRun.expect("""
                import threading
                e = threading.Event()
                print(repr(e).startswith("<threading.Event at 0x"), repr(e).endswith(": unset>"), e.is_set(), e.isSet(), e.wait(0.01))
                e.set(); print(repr(e).endswith(": set>"), e.wait(), e.wait(0)); e.clear(); print(e.is_set())
                order = []
                def waiter():
                    order.append(("woke", e.wait(5)))
                ts = [threading.Thread(target=waiter) for _ in range(3)]
                for t in ts: t.start()
                e.set()
                for t in ts: t.join()
                print(order)
                fired = []
                t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"k": 3})
                print(repr(t).startswith("<Timer(Thread-"), t.interval, t.daemon)
                t.start(); t.join(); print(fired, t.finished.is_set())
                t2 = threading.Timer(10, fired.append, args=("never",)); t2.start(); t2.cancel(); t2.join()
                print(fired, t2.finished.is_set())
                """, """
                True True False False False
                True True True
                False
                [('woke', True), ('woke', True), ('woke', True)]
                True 0.01 False
                [((1, 2), {'k': 3})] True
                [((1, 2), {'k': 3})] True
                """);
    }

    @Test
    void lockAcquireReleaseAndErrors() {
        PyRun.expect("""
                import threading, _thread
                lock = threading.Lock()
                print(type(lock) is _thread.LockType, repr(lock).startswith("<unlocked _thread.lock object at 0x"))
                print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked"), lock.acquire(False),
                      lock.acquire(timeout=0.01), lock.acquire(True, 0), lock.acquire(blocking=False))
                lock.release(); print(lock.locked())
                for bad in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2),
                            lambda: lock.acquire(timeout=None), lambda: lock.acquire(1, 2, 3)):
                    try:
                        bad()
                    except (RuntimeError, ValueError, TypeError) as e:
                        print(type(e).__name__, e)
                with lock:
                    print("in with", lock.locked())
                print(lock.locked(), lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
                lock.acquire()
                other = threading.Thread(target=lock.release)
                other.start(); other.join(); print("released by another thread:", not lock.locked())
                try:
                    class Sub(type(lock)): pass
                except TypeError:
                    print("lock is not subclassable")
                """, """
                True True
                True True True False False False False
                False
                RuntimeError release unlocked lock
                ValueError can't specify a timeout for a non-blocking call
                ValueError timeout value must be positive
                TypeError 'NoneType' object cannot be interpreted as an integer
                TypeError acquire() takes at most 2 arguments (3 given)
                in with True
                False True True None False
                released by another thread: True
                lock is not subclassable
                """);
    }

    @Test
    void rlockReentrancyAndOwnership() {
        PyRun.expect("""
                import threading
                r = threading.RLock()
                print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
                print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count(), "count=2" in repr(r))
                r.release(); r.release(); print(r._is_owned(), r._recursion_count())
                try:
                    r.release()
                except RuntimeError as e:
                    print("RuntimeError", e)
                r.acquire()
                res = []
                def foreign():
                    res.append((r.acquire(False), r._is_owned(), r.acquire(timeout=0.01)))
                    try:
                        r.release()
                    except RuntimeError as e:
                        res.append(str(e))
                t = threading.Thread(target=foreign); t.start(); t.join(); print(res); r.release()
                with r:
                    with r:
                        print("nested with", r._recursion_count())
                print(r._recursion_count())
                """, """
                True
                True True True 2 True
                False 0
                RuntimeError cannot release un-acquired lock
                [(False, False, False), 'cannot release un-acquired lock']
                nested with 2
                0
                """);
    }

    @Test
    void semaphores() {
        PyRun.expect("""
                import threading, time
                s = threading.Semaphore(2)
                print(repr(s).startswith("<threading.Semaphore at 0x"), repr(s).endswith(": value=2>"))
                print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), repr(s).endswith(": value=0>"))
                s.release(2); print(s._value)
                for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
                    try:
                        bad()
                    except ValueError as e:
                        print("ValueError", e)
                with s:
                    print("with semaphore", s._value)
                b = threading.BoundedSemaphore(1)
                print(repr(b).startswith("<threading.BoundedSemaphore at 0x"), repr(b).endswith(": value=1/1>"), b.acquire(),
                      repr(b).endswith(": value=0/1>"))
                b.release()
                for bad in (b.release, lambda: b.release(0)):
                    try:
                        bad()
                    except ValueError as e:
                        print("ValueError", e)
                parking = threading.Semaphore(3)
                inside = 0
                most = 0
                guard = threading.Lock()
                def car():
                    global inside, most
                    with parking:
                        with guard:
                            inside += 1
                            most = max(most, inside)
                        time.sleep(0.005)
                        with guard:
                            inside -= 1
                cars = [threading.Thread(target=car) for _ in range(12)]
                for t in cars: t.start()
                for t in cars: t.join()
                print("at most", most, "inside at once")
                """, """
                True True
                True True False False True
                2
                ValueError semaphore initial value must be >= 0
                ValueError can't specify timeout for non-blocking acquire
                ValueError n must be one or more
                with semaphore 1
                True True True True
                ValueError Semaphore released too many times
                ValueError n must be one or more
                at most 3 inside at once
                """);
    }
}
