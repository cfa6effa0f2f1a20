package org.gilpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java threads calling into interpreters: they take turns on the GIL like Python threads, can be
 * interrupted or timed out from outside, and each interpreter has a GIL of its own. No timing is
 * asserted; a deadlock shows as the class timeout.
 */
@Timeout(120)
class JavaThreadsTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final PythonInterpreter py = PythonInterpreter.builder().switchInterval(Duration.ofMillis(1)).build();

    @AfterEach
    void tearDown() {
        py.close();
        pool.shutdownNow();
    }

    /** Counts the threads inside enter() at once: holding the GIL, that must never exceed one. */
    public static final class Probe {
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();
        private volatile int most;
        private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

        public void enter() {
            int now = inside.incrementAndGet();
            most = Math.max(most, now);
            threads.add(Thread.currentThread());
            for (int i = 0; i < 50; i++) {
                Thread.onSpinWait();
            }
            calls.incrementAndGet();
            inside.decrementAndGet();
        }
    }

    private List<Future<?>> onThreads(int n, Runnable body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            running.add(pool.submit(() -> {
                go.await();
                body.run();
                return null;
            }));
        }
        go.countDown();
        return running;
    }

    private static void awaitAll(List<Future<?>> running) throws Exception {
        for (Future<?> f : running) {
            f.get(100, TimeUnit.SECONDS);
        }
    }

    @Test
    void concurrentCallsLoseNoUpdates() throws Exception {
        py.exec("""
                n = 0
                def bump():
                    global n
                    n += 1
                """);
        awaitAll(onThreads(4, () -> {
            for (int i = 0; i < 2000; i++) {
                py.call("bump");
            }
        }));
        assertEquals(8000, py.get("n"));
    }

    @Test
    void onlyOneThreadRunsInTheInterpreterAtATime() throws Exception {
        Probe probe = new Probe();
        py.set("probe", probe);
        py.exec("""
                def work(k):
                    for _ in range(k):
                        probe.enter()
                """);
        awaitAll(onThreads(4, () -> py.call("work", 300)));
        assertEquals(1200, probe.calls.get());
        assertEquals(1, probe.most);
        assertEquals(4, probe.threads.size());
    }

    @Test
    void aSingleThreadedComputationMakesAtMostOneGilSwitch() {
        // the example of asserting on the GIL's counters: one thread, so no hand-over
        long before = py.gilSwitchCount();
        py.exec("total = sum(i * i for i in range(200_000))");
        py.exec("total += 1");
        assertTrue(py.gilSwitchCount() - before <= 1, "switches: " + (py.gilSwitchCount() - before));
    }

    @Test
    void theGilStatisticsAndTraceAreReadableFromJava(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path trace = dir.resolve("gil.json");
        try (PythonInterpreter traced = PythonInterpreter.builder().gilTrace(trace).build()) {
            traced.exec("""
                    def spin():
                        n = 0
                        for i in range(300_000):
                            n += i
                    """);
            awaitAll(onThreads(2, () -> traced.call("spin")));
            org.gilpy.vm.GilStats stats = traced.gilStats();
            org.gilpy.vm.GilStats.ThreadStats total = stats.total();
            assertTrue(stats.threads().size() >= 3, "threads: " + stats.threads());
            assertTrue(total.held() > 0 && total.acquisitions() >= 3, "total: " + total);
            assertTrue(total.dropRequestsObeyed() <= total.dropRequestsMade(), "total: " + total);
        }
        String json = java.nio.file.Files.readString(trace);
        assertTrue(json.contains("\"traceEvents\"") && json.contains("holds GIL"), json.length() > 400 ? json.substring(0, 400) : json);
    }

    private Future<?> runWhenStarted(PythonInterpreter in, String source) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        in.set("started", started);
        Future<?> running = pool.submit(() -> in.exec("started.countDown()\n" + source, "loop.py"));
        while (!started.await(10, TimeUnit.MILLISECONDS)) {
            if (running.isDone()) {
                throw new AssertionError("ended before it started: " + failure(running));
            }
        }
        return running;
    }

    private static Throwable failure(Future<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(100, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void interruptStopsABusyLoopWithKeyboardInterrupt() throws Exception {
        Future<?> running = runWhenStarted(py, "while True:\n    pass");
        py.interrupt();
        PythonException e = assertInstanceOf(PythonException.class, failure(running));
        assertEquals("KeyboardInterrupt", e.type());
        assertEquals("loop.py", e.fileName());
        assertEquals(2, py.eval("1 + 1"), "the interpreter goes on");
    }

    @Test
    void interruptWakesACallBlockedInJava() throws Exception {
        py.set("never", new CountDownLatch(1));
        Future<?> running = runWhenStarted(py, "getattr(never, 'await')()");
        py.interrupt();
        PythonException e = assertInstanceOf(PythonException.class, failure(running));
        assertEquals("KeyboardInterrupt", e.type());
    }

    @Test
    void aTimeoutStopsTheCallAndOnlyThatCall() throws Exception {
        try (PythonInterpreter limited = PythonInterpreter.builder().timeout(Duration.ofMillis(200)).build()) {
            PythonException e = assertThrows(PythonException.class, () -> limited.exec("while True:\n    pass"));
            assertEquals("KeyboardInterrupt", e.type());
            assertEquals("the call timed out after 0.2 s", e.pythonMessage());
            assertEquals(false, Thread.currentThread().isInterrupted());
            assertEquals(3, limited.eval("1 + 2"));
            limited.exec("""
                    try:
                        while True:
                            pass
                    except KeyboardInterrupt as e:
                        why = str(e)
                    """);
            assertEquals("the call timed out after 0.2 s", limited.get("why"));
        }
    }

    @Test
    void aJavaMethodCalledFromPythonMayCallBackIn() {
        py.exec("def twice(x):\n    return 2 * x");
        py.set("py", py);
        assertEquals(42, py.eval("py.call('twice', 21)"));
    }

    /** Waits, without the GIL, for a latch that another thread counts down by running Python code. */
    public static final class Waiter {
        private final PythonInterpreter py;
        final CountDownLatch latch = new CountDownLatch(1);
        final CountDownLatch waiting = new CountDownLatch(1);

        Waiter(PythonInterpreter py) {
            this.py = py;
        }

        public boolean waitForOther() {
            return py.releasingGil(() -> {
                waiting.countDown();
                try {
                    return latch.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return false;
                }
            });
        }

        public void countDown() {
            latch.countDown();
        }
    }

    @Test
    void aJavaMethodThatReleasesTheGilLetsOtherThreadsRunPython() throws Exception {
        Waiter waiter = new Waiter(py);
        py.set("waiter", waiter);
        Future<Object> waiting = pool.submit(() -> py.eval("waiter.waitForOther()"));
        assertTrue(waiter.waiting.await(100, TimeUnit.SECONDS));
        // holding the GIL while it waits, the waiter would keep this call out until its wait timed out
        py.exec("waiter.countDown()");
        assertEquals(true, waiting.get(100, TimeUnit.SECONDS));
    }

    /** Meets another thread at a barrier, giving up after a while (so a deadlock fails the test instead of hanging it). */
    public static final class Meeting {
        private final CyclicBarrier barrier = new CyclicBarrier(2);

        public boolean meet() throws InterruptedException, BrokenBarrierException {
            try {
                barrier.await(60, TimeUnit.SECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            }
        }
    }

    @Test
    void twoInterpretersRunAtTheSameTimeEachWithItsOwnGil() throws Exception {
        try (PythonInterpreter other = PythonInterpreter.create()) {
            Meeting meeting = new Meeting();
            py.set("meeting", meeting);
            other.set("meeting", meeting);
            // each holds its own GIL while it waits for the other: with a shared GIL they could not meet
            Future<Object> a = pool.submit(() -> py.eval("meeting.meet()"));
            Future<Object> b = pool.submit(() -> other.eval("meeting.meet()"));
            assertEquals(true, a.get(100, TimeUnit.SECONDS));
            assertEquals(true, b.get(100, TimeUnit.SECONDS));
            py.set("x", 1);
            assertNull(other.get("x"));
            assertTrue(py.gilSwitchCount() >= 1 && other.gilSwitchCount() >= 1);
        }
    }

    @Test
    void closeStopsACallRunningInAnotherThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        py.set("started", started);
        Future<String> running = pool.submit(() -> {
            try {
                py.exec("started.countDown()\nwhile True:\n    pass");
                return "not stopped";
            } catch (IllegalStateException e) {
                return e.getMessage() + (Thread.currentThread().isInterrupted() ? ", left interrupted" : "");
            }
        });
        assertTrue(started.await(100, TimeUnit.SECONDS));
        py.close();
        assertEquals("the interpreter was closed during the call", running.get(100, TimeUnit.SECONDS));
    }

    @Test
    void closeWakesACallBlockedInJava() throws Exception {
        py.set("never", new CountDownLatch(1));
        Future<?> running = runWhenStarted(py, "try:\n    getattr(never, 'await')()\nexcept BaseException:\n    pass\nx = 1");
        py.close();
        assertInstanceOf(IllegalStateException.class, failure(running));
    }
}
