package org.gilpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An embedded interpreter whose scripts use threads, time and atexit (standard library modules,
 * hence here): its Python threads live on between calls, close() stops them all, and waits in
 * sleep or on an Event are cut short by interrupt and timeout.
 */
@Timeout(120)
class EmbeddedThreadingTest {
    private final StringWriter out = new StringWriter();
    private final PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(out).build();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        py.close();
        pool.shutdownNow();
    }

    /** Remembers the Java threads that called register() and lets the test wait until n have. */
    public static final class Registry {
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        private final CountDownLatch all;

        Registry(int n) {
            all = new CountDownLatch(n);
        }

        public void register() {
            threads.add(Thread.currentThread());
            all.countDown();
        }

        boolean awaitAll() throws InterruptedException {
            return all.await(100, TimeUnit.SECONDS);
        }
    }

    @Test
    void pythonThreadsRunOnBetweenCalls() {
        py.exec("""
                import threading, time
                results = []
                def work():
                    for i in range(3):
                        time.sleep(0.001)
                        results.append(i)
                t = threading.Thread(target=work)
                t.start()
                """);
        py.exec("t.join()");
        assertEquals(List.of(0, 1, 2), py.get("results"));
    }

    @Test
    void closeStopsRunningAndWaitingThreadsDaemonOrNot() throws Exception {
        Registry registry = new Registry(4);
        py.set("registry", registry);
        py.exec("""
                import threading, time, queue, atexit
                def spin():
                    registry.register()
                    while True:
                        pass
                def sleep():
                    registry.register()
                    time.sleep(1000)
                def wait():
                    registry.register()
                    threading.Event().wait()
                def get():
                    registry.register()
                    queue.Queue().get()
                for target, daemon in [(spin, False), (sleep, False), (wait, True), (get, False)]:
                    threading.Thread(target=target, daemon=daemon).start()
                atexit.register(print, 'atexit ran')
                """);
        assertTrue(registry.awaitAll());
        py.close();
        for (Thread t : registry.threads) {
            t.join(TimeUnit.SECONDS.toMillis(100));
            assertFalse(t.isAlive(), t.getName());
        }
        assertEquals("atexit ran\n", out.toString());
    }

    @Test
    void aTimeoutCutsASleepShort() {
        try (PythonInterpreter limited = PythonInterpreter.builder().timeout(Duration.ofMillis(100)).build()) {
            PythonException e = assertThrows(PythonException.class, () -> limited.exec("import time\ntime.sleep(1000)"));
            assertEquals("KeyboardInterrupt", e.type());
            assertEquals("the call timed out after 0.1 s", e.pythonMessage());
            assertEquals(2, limited.eval("1 + 1"));
        }
    }

    @Test
    void interruptWakesAWaitOnAnEvent() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        py.set("started", started);
        Future<?> waiting = pool.submit(() -> py.exec("""
                import threading
                started.countDown()
                threading.Event().wait()
                """));
        assertTrue(started.await(100, TimeUnit.SECONDS));
        // whether the call is already waiting or still on its way there, the interrupt reaches it
        py.interrupt();
        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(100, TimeUnit.SECONDS));
        assertEquals("KeyboardInterrupt", ((PythonException) e.getCause()).type());
    }
}
