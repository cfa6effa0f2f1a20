package org.gilpy.bench;

import java.util.concurrent.TimeUnit;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * threading.Lock and queue.Queue from Python, in nanoseconds per operation: a lock acquire and
 * release with nobody else wanting it and against a second thread taking the same lock in a loop
 * (which also contends for the GIL, at the default 5 ms switch interval), and a Queue put and get.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SyncBenchmark {
    static final int OPS = 100;

    private static final String PROGRAM = """
            import queue
            import threading

            lock = threading.Lock()
            q = queue.Queue()
            running = False

            def lock_cycles():
                for _ in range(100):
                    lock.acquire()
                    lock.release()

            def queue_cycles():
                for _ in range(100):
                    q.put(1)
                    q.get()

            def rival():
                while running:
                    with lock:
                        pass

            def start_rival():
                global running, rival_thread
                running = True
                rival_thread = threading.Thread(target=rival)
                rival_thread.start()

            def stop_rival():
                global running
                running = False
                rival_thread.join()
            """;

    private Embedded py;
    private PyObject lockCycles;
    private PyObject queueCycles;
    private boolean rivalRunning;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        py = new Embedded().define(PROGRAM);
        lockCycles = py.function("lock_cycles");
        queueCycles = py.function("queue_cycles");
        rivalRunning = params.getBenchmark().endsWith("contendedLock");
        if (rivalRunning) {
            Abstract.call(py.function("start_rival"));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (rivalRunning) {
            Abstract.call(py.function("stop_rival"));
        }
        py.close();
    }

    /** lock.acquire(); lock.release() with no other thread. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public PyObject uncontendedLock() {
        return Abstract.call(lockCycles);
    }

    /** The same while another Python thread loops on {@code with lock: pass}. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public PyObject contendedLock() {
        return Abstract.call(lockCycles);
    }

    /** q.put(1); q.get() on a queue.Queue, one thread. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public PyObject queuePutGet() {
        return Abstract.call(queueCycles);
    }
}
