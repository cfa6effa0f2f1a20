package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Processes are interpreters with a GIL each, running in parallel: asserted by instrumentation
 * ({@code _gilprobe.meet}, which waits while holding the GIL until its partner arrives), never
 * by timing. The time limits are only bounds for a failure to show.
 */
class ProcessParallelismTest {

    @Test
    void twoChildProcessesHoldTheirGilsAtTheSameInstant() {
        PyRun.Result r = PyRun.run("""
                import multiprocessing, _gilprobe
                def meet(q):
                    q.put(_gilprobe.meet("processes", 2, 60.0))
                if __name__ == "__main__":
                    q = multiprocessing.Queue()
                    ps = [multiprocessing.Process(target=meet, args=(q,)) for _ in range(2)]
                    for p in ps:
                        p.start()
                    met = [q.get(), q.get()]
                    for p in ps:
                        p.join()
                    print("met:", met, "exit codes:", [p.exitcode for p in ps])
                """);
        assertEquals("met: [True, True] exit codes: [0, 0]\n", r.out(), r.err());
    }

    @Test
    void twoThreadsOfOneProcessNeverHoldTheGilTogether() {
        PyRun.Result r = PyRun.run("""
                import threading, _gilprobe
                met = []
                def meet():
                    met.append(_gilprobe.meet("threads", 2, 0.5))
                ts = [threading.Thread(target=meet) for _ in range(2)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print("met:", met)
                """);
        assertEquals("met: [False, False]\n", r.out(), r.err());
    }

    @Test
    void noChildInterpreterOrThreadOutlivesAPoolOrItsProcesses() {
        PyRun.Result r = PyRun.run("""
                import multiprocessing, threading
                def square(x):
                    return x * x
                if __name__ == "__main__":
                    threads_before = threading.active_count()
                    with multiprocessing.Pool(3) as pool:
                        total = sum(pool.map(square, range(100)))
                    pool.join()
                    p = multiprocessing.Process(target=square, args=(3,))
                    p.start()
                    p.join()
                    print(total, multiprocessing.active_children(), threading.active_count() - threads_before)
                """);
        assertEquals("328350 [] 0\n", r.out(), r.err());
        assertTrue(r.interp().liveChildren().isEmpty(), "child interpreters still running: " + r.interp().liveChildren());
    }
}
