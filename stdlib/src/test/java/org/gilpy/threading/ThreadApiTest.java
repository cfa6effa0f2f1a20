package org.gilpy.threading;

import org.junit.jupiter.api.Test;

/**
 * threading.Thread and the module-level functions of threading and _thread, error cases included.
 * Each program's expected output is what CPython 3.11 prints for it.
 */
class ThreadApiTest {
    @Test
    void defaultNamesAndDaemonFlag() {
        PyRun.expect("""
                import threading
                def f(): pass
                class Task:
                    def __call__(self): pass
                names = [threading.Thread(target=f).name, threading.Thread().name, threading.Thread(target=Task()).name,
                         threading.Thread(target=lambda: 0).name]
                print([n.split(" ", 1)[1] if " " in n else "-" for n in names])
                print([int(n.split()[0][len("Thread-"):]) for n in names])
                print(threading.Thread(name=7).name, threading.Thread(name="").name.startswith("Thread-"))
                d = threading.Thread(target=f, daemon=True); print(d.daemon, repr(d).endswith("initial daemon)>"))
                d.daemon = False; print(d.daemon)
                d.setDaemon(True); print(d.isDaemon()); d.setName("x"); print(d.getName(), d.name)
                d.name = "renamed"; print(repr(d).startswith("<Thread(renamed, initial daemon"))
                inherit = []
                def make_child():
                    inherit.append(threading.Thread(target=f).daemon)
                t = threading.Thread(target=make_child, daemon=True); t.start(); t.join()
                t = threading.Thread(target=make_child); t.start(); t.join()
                print(inherit)
                """, """
                ['(f)', '-', '-', '(<lambda>)']
                [1, 2, 3, 4]
                7 True
                True True
                False
                True
                x x
                True
                [True, False]
                """);
    }

    @Test
    void hooksAndStackSize() {
        PyRun.expect("""
                import threading
                print(threading.settrace(None), threading.setprofile(None), threading.gettrace(), threading.getprofile())
                def tracer(*args): pass
                threading.settrace(tracer); threading.setprofile(tracer)
                print(threading.gettrace() is tracer, threading.getprofile() is tracer)
                t = threading.Thread(target=lambda: None); t.start(); t.join()
                threading.settrace(None); threading.setprofile(None)
                print(threading.stack_size(), threading.stack_size(1 << 20), threading.stack_size(), threading.stack_size(0))
                threading.stack_size(1 << 20)
                t = threading.Thread(target=lambda: print("runs with a 1 MiB stack")); t.start(); t.join()
                threading.stack_size(0)
                try:
                    threading.stack_size(1000)
                except ValueError as e:
                    print("ValueError", e)
                """, """
                None None None None
                True True
                0 0 1048576 0
                runs with a 1 MiB stack
                ValueError size not valid: 1000 bytes
                """);
    }

    @Test
    void mainThreadAndRegistry() {
        PyRun.expect("""
                import threading, _thread
                m = threading.main_thread()
                print(repr(m).startswith("<_MainThread(MainThread, started "), m is threading.current_thread(), m.daemon)
                print(m.ident == threading.get_ident() == _thread.get_ident(), threading.get_native_id() == m.native_id)
                print(threading.currentThread() is m, threading.active_count(), threading.activeCount(), threading.enumerate() == [m])
                print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
                stop = threading.Event()
                w = threading.Thread(target=stop.wait)
                w.start()
                print(threading.active_count(), w in threading.enumerate(), w.is_alive())
                seen = []
                def record():
                    me = threading.current_thread()
                    seen.append((me.name, me is w2, threading.get_ident() == me.ident, threading.get_native_id() == me.native_id,
                                 threading.get_native_id() != m.native_id))
                w2 = threading.Thread(target=record, name="rec"); w2.start(); w2.join()
                print(seen)
                stop.set(); w.join(); print(w.is_alive(), threading.active_count(), threading.enumerate() == [m])
                """, """
                True True False
                True True
                True 1 1 True
                True 9223372036.0 True
                2 True True
                [('rec', True, True, True, True)]
                False 1 True
                """);
    }

    @Test
    void startJoinAndTheirErrors() {
        PyRun.expect("""
                import threading
                t = threading.Thread(target=print, args=("hi",), name="worker-1")
                print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon, repr(t))
                t.start(); t.join()
                print(t.is_alive(), type(t.ident) is int, type(t.native_id) is int, repr(t).startswith("<Thread(worker-1, stopped "))
                for bad in (t.start, lambda: setattr(t, "daemon", True)):
                    try:
                        bad()
                    except RuntimeError as e:
                        print("RuntimeError", e)
                u = threading.Thread(target=len)
                for bad in (u.join, lambda: threading.current_thread().join(), lambda: threading.Thread(group=1)):
                    try:
                        bad()
                    except (RuntimeError, AssertionError) as e:
                        print(type(e).__name__, e)
                stop = threading.Event()
                w = threading.Thread(target=stop.wait)
                w.start()
                w.join(timeout=0.01); print(w.is_alive())
                w.join(0); print(w.is_alive())
                stop.set(); w.join(); print(w.is_alive())
                kw = threading.Thread(target=lambda a, b=0: print(a + b), args=(1,), kwargs={"b": 41}); kw.start(); kw.join()
                """, """
                worker-1 None None False False <Thread(worker-1, initial)>
                hi
                False True True True
                RuntimeError threads can only be started once
                RuntimeError cannot set daemon status of active thread
                RuntimeError cannot join thread before it is started
                RuntimeError cannot join current thread
                AssertionError group argument must be None for now
                True
                True
                False
                42
                """);
    }

    @Test
    void subclassOverridingRun() {
        PyRun.expect("""
                import threading
                class MyThread(threading.Thread):
                    def __init__(self, my_num, *args, **kwargs):
                        self.my_num = my_num
                        super().__init__(*args, **kwargs)
                    def run(self):
                        for _ in range(1000):
                            self.my_num += 1
                        self.who = threading.current_thread()
                th = MyThread(my_num=10)
                print(th.get_my_num() if hasattr(th, "get_my_num") else th.my_num, th.name)
                th.start(); th.join()
                print(th.my_num, th.who is th, repr(th).startswith("<MyThread(Thread-1, stopped"))
                """, """
                10 Thread-1
                1010 True True
                """);
    }

    @Test
    void threadLocalData() {
        PyRun.expect("""
                import threading
                loc = threading.local()
                loc.x = "main"
                print(type(loc).__name__, type(loc).__module__, loc.__dict__)
                class MyLocal(threading.local):
                    def __init__(self, v):
                        self.v = v
                        self.inits = getattr(self, "inits", 0) + 1
                ml = MyLocal(7); ml.v = 8
                out = []
                def show():
                    out.append((hasattr(loc, "x"), ml.v, ml.inits, ml.__dict__))
                    loc.x = "thread"
                    out.append(loc.x)
                ts = [threading.Thread(target=show) for _ in range(2)]
                for t in ts: t.start(); t.join()
                print(out, loc.x, ml.v, ml.__dict__)
                try:
                    threading.local(1)
                except TypeError as e:
                    print("TypeError", e)
                try:
                    loc.missing
                except AttributeError:
                    print("AttributeError")
                del loc.x
                print(hasattr(loc, "x"))
                """, """
                _local _thread {'x': 'main'}
                [(False, 7, 1, {'v': 7, 'inits': 1}), 'thread', (False, 7, 1, {'v': 7, 'inits': 1}), 'thread'] main 8 {'v': 8, 'inits': 1}
                TypeError Initialization arguments are not supported
                AttributeError
                False
                """);
    }

    @Test
    void threadsNotStartedByThreading() {
        PyRun.expect("""
                import threading, _thread
                seen = []
                done = _thread.allocate_lock(); done.acquire()
                def in_raw_thread():
                    cur = threading.current_thread()
                    seen.append((cur.name.startswith("Dummy-"), cur.daemon, cur.is_alive(), cur is threading.current_thread()))
                    try:
                        cur.join()
                    except AssertionError as e:
                        seen.append(str(e))
                    done.release()
                _thread.start_new_thread(in_raw_thread, ()); done.acquire()
                print(seen)
                """, """
                [(True, True, True, True), 'cannot join a dummy thread']
                """);
    }
}
