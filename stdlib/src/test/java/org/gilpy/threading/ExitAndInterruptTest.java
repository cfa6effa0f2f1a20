package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How threads end a program, through the embedding API: runMain returns once the non-daemon
 * threads are done and abandons daemon ones; an exception in a thread is reported and the
 * program goes on; Ctrl-C ({@code Interpreter.interrupt()}) raises KeyboardInterrupt in the main
 * thread even while it is blocked.
 */
class ExitAndInterruptTest {

    @Test
    void aNonDaemonThreadKeepsTheProgramRunningUntilItEnds() {
        PyRun.Result r = PyRun.run("""
                import threading, time
                def late():
                    time.sleep(0.2)
                    print("worker done")
                threading.Thread(target=late).start()
                print("main done")
                """);
        assertEquals("main done\nworker done\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void theNonDaemonThreadsAreWaitedForBeforeTheAtexitHandlersRun() {
        PyRun.expect("""
                import threading, time
                import atexit
                atexit.register(lambda: print("atexit handler"))
                def late():
                    time.sleep(0.1)
                    print("non-daemon thread done")
                threading.Thread(target=late).start()
                print("main done")
                """, """
                main done
                non-daemon thread done
                atexit handler
                """);
    }

    @Test
    void daemonThreadsAreAbandonedEvenWhenBlockedOnAQueue() {
        PyRun.Result r = PyRun.run("""
                import threading, queue
                q = queue.Queue()
                def worker():
                    while True:
                        q.get()
                        q.task_done()
                for _ in range(3):
                    threading.Thread(target=worker, daemon=True).start()
                threading.Thread(target=threading.Event().wait, daemon=True).start()
                q.put(1); q.join()
                print("main done", threading.active_count())
                """);
        assertEquals("main done 5\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void daemonThreadsRunNoMorePythonOnceTheProgramHasEnded() throws Exception {
        // In an embedding JVM nothing kills abandoned daemon threads: the GIL refuses them instead.
        PyRun run = new PyRun(0.005).start("""
                import threading, time
                def busy():
                    n = 0
                    while True:
                        n += 1
                        if n % 1000 == 0:
                            print("daemon still running", flush=True)
                threading.Thread(target=busy, daemon=True).start()
                time.sleep(0.05)
                print("main done", flush=True)
                """);
        run.await();
        // a write the daemon had begun without the GIL may still land; then nothing more
        Thread.sleep(100);
        String settled = run.outSoFar();
        Thread.sleep(200);
        assertEquals(settled, run.outSoFar(), "the daemon thread stopped");
        String after = settled.substring(settled.indexOf("main done\n") + "main done\n".length());
        assertTrue(after.length() <= "daemon still running\n".length(), "more than the write in flight: " + after);
    }

    @Test
    void nonDaemonWorkersBlockedOnAQueueNeverLetTheProgramEnd() throws Exception {
        // seed 003's last experiment: only Ctrl-C ends it, reported as CPython reports it
        PyRun run = new PyRun(0.005).start("""
                import threading, queue
                q = queue.Queue()
                def worker():
                    while True:
                        q.get()
                        q.task_done()
                for _ in range(3):
                    threading.Thread(target=worker).start()
                q.put(1); q.join()
                print("main done")
                """);
        run.awaitOutput("main done");
        Thread.sleep(300);
        assertFalse(run.finished(), "the main thread is waiting for the workers");
        run.interpreter().interrupt();
        PyRun.Result r = run.await();
        assertEquals("main done\n", r.out());
        assertTrue(r.err().startsWith("Exception ignored in: <module 'threading'"), r.err());
        assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
    }

    @Test
    void anExceptionInAThreadIsReportedAndTheProgramGoesOn() {
        PyRun.Result r = PyRun.run("""
                import threading
                def boom():
                    raise ValueError("bad value")
                t = threading.Thread(target=boom, name="boomer")
                t.start(); t.join()
                print("main goes on", t.is_alive())
                """);
        assertEquals("main goes on False\n", r.out());
        assertEquals(0, r.exit());
        assertTrue(r.err().startsWith("Exception in thread boomer:\nTraceback (most recent call last):\n"), r.err());
        assertTrue(r.err().contains("  File \"<test>\", line 3, in boom\n"), r.err());
        assertTrue(r.err().endsWith("ValueError: bad value\n"), r.err());
    }

    @Test
    void excepthookCanBeReplacedAndItsOwnFailureIsReported() {
        PyRun.Result r = PyRun.run("""
                import threading, sys
                seen = []
                def hook(args):
                    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                                 args.exc_traceback is not None))
                threading.excepthook = hook
                def boom():
                    raise KeyError("k")
                t = threading.Thread(target=boom, name="hooked"); t.start(); t.join()
                print(seen)
                def bad_hook(args):
                    raise RuntimeError("hook failed")
                threading.excepthook = bad_hook
                t = threading.Thread(target=boom, name="x"); t.start(); t.join()
                threading.excepthook = threading.__excepthook__
                t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()
                print("SystemExit in a thread is silent")
                args = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
                print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
                """);
        assertEquals("[('KeyError', \"'k'\", 'hooked', True)]\nSystemExit in a thread is silent\n"
                + "KeyError 'k' None None 4\n", r.out(), r.err());
        assertTrue(r.err().startsWith("Exception in threading.excepthook:\nTraceback (most recent call last):\n"),
                r.err());
        assertTrue(r.err().endsWith("RuntimeError: hook failed\n"), r.err());
    }

    @Test
    void anExceptionInARawThreadIsReportedAsUnraisable() {
        PyRun.Result r = PyRun.run("""
                import _thread
                done = _thread.allocate_lock(); done.acquire()
                def raw():
                    try:
                        1 / 0
                    finally:
                        done.release()
                _thread.start_new_thread(raw, ())
                done.acquire()
                import time; time.sleep(0.05)
                print("main goes on")
                """);
        assertEquals("main goes on\n", r.out());
        assertTrue(r.err().startsWith("Exception ignored in thread started by: <function raw at 0x"), r.err());
        assertTrue(r.err().endsWith("ZeroDivisionError: division by zero\n"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spin", "sleep", "join", "lock", "queue", "event"})
    void ctrlCRaisesKeyboardInterruptInTheMainThreadWhereverItIs(String where) throws Exception {
        PyRun run = new PyRun(0.005).start("""
                import threading, time, queue, sys
                where = "%s"
                lock = threading.Lock(); lock.acquire()
                worker = threading.Thread(target=threading.Event().wait, daemon=True); worker.start()
                try:
                    # inside the try: the interrupt may come at the check point right after print
                    print("ready", flush=True)
                    if where == "spin":
                        while True:
                            pass
                    elif where == "sleep":
                        time.sleep(1000)
                    elif where == "join":
                        worker.join()
                    elif where == "lock":
                        lock.acquire()
                    elif where == "queue":
                        queue.Queue().get()
                    else:
                        threading.Event().wait()
                except KeyboardInterrupt:
                    print("KeyboardInterrupt in", where)
                time.sleep(0.01)
                print("the next wait is not cut short")
                """.formatted(where));
        run.awaitOutput("ready");
        run.interpreter().interrupt();
        PyRun.Result r = run.await();
        assertEquals("ready\nKeyboardInterrupt in " + where + "\nthe next wait is not cut short\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void unbufferedStdoutWritesThroughWithoutANewline() throws Exception {
        // as python -u: a print with end='' shows at once (PyRun runs unbuffered)
        PyRun run = new PyRun(0.005).start("""
                import time
                print("partial", end="")
                time.sleep(1000)
                """);
        run.awaitOutput("partial");
        run.interpreter().interrupt();
        assertEquals("partial", run.await().out());
    }

    @Test
    void anUncaughtKeyboardInterruptEndsTheProgramWithATraceback() throws Exception {
        PyRun run = new PyRun(0.005).start("""
                import time
                print("ready", flush=True)
                time.sleep(1000)
                """);
        run.awaitOutput("ready");
        run.interpreter().interrupt();
        PyRun.Result r = run.await();
        assertEquals(130, r.exit(), "128 + SIGINT, as a shell shows CPython's exit");
        assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
    }

    @Test
    void interruptMainFromAnotherThread() {
        PyRun.expect("""
                import _thread, threading, time
                def poke():
                    time.sleep(0.01)
                    _thread.interrupt_main()
                threading.Thread(target=poke).start()
                try:
                    threading.Event().wait()
                except KeyboardInterrupt:
                    print("KeyboardInterrupt from interrupt_main")
                for bad in (0, 65):
                    try:
                        _thread.interrupt_main(bad)
                    except ValueError as e:
                        print("ValueError", e)
                """, """
                KeyboardInterrupt from interrupt_main
                ValueError signal number out of range
                ValueError signal number out of range
                """);
    }

    @Test
    void shutdownRunsRegisteredCallsBeforeJoiningThreads() {
        PyRun.Result r = PyRun.run("""
                import threading
                stop = threading.Event()
                def worker():
                    stop.wait()
                    print("worker released by the shutdown call")
                threading.Thread(target=worker).start()
                threading._register_atexit(lambda: (print("shutdown call"), stop.set()))
                print("main done")
                """);
        assertEquals("main done\nshutdown call\nworker released by the shutdown call\n", r.out(), r.err());
    }
}
