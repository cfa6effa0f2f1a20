package org.gilpy.bench;

import java.util.concurrent.TimeUnit;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.gilpy.vm.ThreadState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GIL hand-off latency: the benchmark thread holds the GIL and releases it to a partner thread
 * that is waiting for it; the partner takes it, releases it, and the benchmark thread takes it
 * back. One operation is therefore two hand-offs (release by one thread → the other running).
 * The uncontended case measures what a thread alone pays to release and retake the GIL around a
 * blocking call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GilHandoffBenchmark {
    private Interpreter interp;
    private GIL gil;
    private ThreadState main;
    private Thread partner;
    private volatile boolean running;

    @Setup(Level.Trial)
    public void setUp() {
        interp = new Interpreter(InterpreterConfig.defaults());
        gil = interp.gil;
        main = interp.newThreadState(Thread.currentThread());
        main.bind();
        gil.acquire(main);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gil.release(main, GIL.Reason.EXIT);
    }

    /** Starts the partner for the contended benchmark only. */
    @Setup(Level.Iteration)
    public void startPartner(org.openjdk.jmh.infra.BenchmarkParams params) throws InterruptedException {
        if (!params.getBenchmark().endsWith("handOffAndBack")) {
            return;
        }
        running = true;
        partner = new Thread(() -> {
            ThreadState ts = interp.newThreadState(Thread.currentThread());
            ts.bind();
            while (running) {
                gil.acquire(ts);
                gil.release(ts, GIL.Reason.IO);
            }
        }, "gil-partner");
        partner.setDaemon(true);
        partner.start();
    }

    @TearDown(Level.Iteration)
    public void stopPartner() throws InterruptedException {
        if (partner != null) {
            running = false;
            gil.release(main, GIL.Reason.IO);
            partner.join();
            gil.acquire(main);
            partner = null;
        }
    }

    /**
     * Release to the waiting partner, wait until it actually holds the GIL (the switch number
     * moves), then take the GIL back from it: two hand-offs, as forced switching makes them.
     */
    @Benchmark
    public void handOffAndBack() {
        long before = gil.switchNumber();
        gil.release(main, GIL.Reason.IO);
        while (gil.switchNumber() == before) {
            Thread.onSpinWait();
        }
        gil.acquire(main);
    }

    /** Release and retake with nobody waiting: a blocking call's GIL cost in a single thread. */
    @Benchmark
    public void uncontendedReleaseAcquire() {
        gil.release(main, GIL.Reason.IO);
        gil.acquire(main);
    }
}
