package org.gilpy.bench;

import java.util.concurrent.TimeUnit;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * multiprocessing.Process start + join in an embedded interpreter, in microseconds: a child
 * interpreter (with a GIL of its own) made by each start method, running a function that returns
 * at once ({@code os.getpid}: a spawned child imports its target by name).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ProcessBenchmark {
    private static final String PROGRAM = """
            import multiprocessing
            import os

            def start_join(method):
                p = multiprocessing.get_context(method).Process(target=os.getpid)
                p.start()
                p.join()
            """;

    @Param({"fork", "spawn"})
    public String startMethod;

    private Embedded py;
    private PyObject startJoin;
    private PyObject method;

    @Setup(Level.Trial)
    public void setUp() {
        py = new Embedded().define(PROGRAM);
        startJoin = py.function("start_join");
        method = PyStr.of(startMethod);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    @Benchmark
    public PyObject startAndJoin() {
        return Abstract.call(startJoin, method);
    }
}
