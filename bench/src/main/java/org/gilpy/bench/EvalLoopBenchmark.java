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

/**
 * Eval-loop throughput, one thread alone: nanoseconds per iteration of a Python loop that counts,
 * calls a function, or reads and writes an attribute, and the check point every backward jump
 * makes (the eval breaker read) when no other thread wants the GIL.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EvalLoopBenchmark {
    static final int ITERATIONS = 1000;

    private static final String PROGRAM = """
            def loop():
                i = 0
                while i < 1000:
                    i += 1

            def f(x):
                return x

            def calls():
                for i in range(1000):
                    f(i)

            class Point:
                def __init__(self):
                    self.x = 0

            p = Point()

            def attributes():
                o = p
                for i in range(1000):
                    o.x = o.x + 1
            """;

    private Embedded py;
    private PyObject loop;
    private PyObject calls;
    private PyObject attributes;

    @Setup(Level.Trial)
    public void setUp() {
        py = new Embedded().define(PROGRAM);
        loop = py.function("loop");
        calls = py.function("calls");
        attributes = py.function("attributes");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    /** {@code while i < 1000: i += 1}: compare, add, store, jump back (with its check point). */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject loop() {
        return Abstract.call(loop);
    }

    /** {@code for i in range(1000): f(i)}: a Python-to-Python call per iteration. */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject calls() {
        return Abstract.call(calls);
    }

    /** {@code o.x = o.x + 1}: an instance attribute read and write per iteration. */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject attributes() {
        return Abstract.call(attributes);
    }

    /**
     * The uncontended GIL check: the read of the eval breaker a check point makes (RESUME, a
     * backward jump) while no other thread has asked for the GIL.
     */
    @Benchmark
    public boolean uncontendedGilCheck() {
        return py.interp.evalBreaker;
    }
}
