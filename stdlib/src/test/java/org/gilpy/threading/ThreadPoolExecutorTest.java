package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * concurrent.futures.ThreadPoolExecutor.shutdown() leaves no thread behind: neither a Python one
 * (threading.active_count() is back to 1) nor the Java platform threads under them, checked
 * while the program is still running.
 */
class ThreadPoolExecutorTest {
    private static final long SETTLE_SECONDS = 20;

    @Test
    void shutdownLeavesNoThreadsBehind() throws InterruptedException {
        Set<Thread> before = gilpyThreads();
        PyRun run = new PyRun(0.005).start("""
                import threading, time
                from concurrent.futures import ThreadPoolExecutor
                with ThreadPoolExecutor(max_workers=8) as ex:
                    print(sum(ex.map(len, ["ab"] * 100)))
                ex = ThreadPoolExecutor(4, initializer=time.sleep, initargs=(0.001,))
                futures = [ex.submit(time.sleep, 0.001) for _ in range(20)]
                ex.shutdown(wait=True)
                print("after shutdown", threading.active_count(), all(f.done() for f in futures))
                try:
                    time.sleep(600)  # until the test has looked at the Java threads
                except KeyboardInterrupt:
                    print("interrupted")
                """);
        run.awaitOutput("after shutdown");
        Set<Thread> left = newThreadsStillAlive(before);
        run.interpreter().interrupt();
        PyRun.Result r = run.await();
        assertEquals("200\nafter shutdown 1 True\ninterrupted\n", r.out(), "stderr:\n" + r.err());
        assertTrue(left.isEmpty(), "Java threads still alive after shutdown(): " + left);
    }

    private static Set<Thread> gilpyThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("gilpy-thread"))
                .collect(Collectors.toSet());
    }

    /** The gilpy threads started since before that are still alive after a while. */
    private static Set<Thread> newThreadsStillAlive(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        Set<Thread> alive = gilpyThreads();
        alive.removeAll(before);
        for (Thread t : alive) {
            // a Python join() returns once the thread's state is released, just before the Java
            // thread itself ends
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        alive.removeIf(t -> !t.isAlive());
        return alive;
    }
}
