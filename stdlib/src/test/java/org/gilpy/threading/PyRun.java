package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;

/**
 * Runs a Python program in an embedded interpreter, as {@code gilpy prog.py} would, and keeps
 * what it printed. A run that does not end within the (generous) limit fails the test instead of
 * hanging the build: that is how a deadlock shows.
 */
final class PyRun {
    static final long LIMIT_SECONDS = 120;

    private static final ExecutorService LAUNCHER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pyrun-launcher");
        t.setDaemon(true);
        return t;
    });

    /** What a finished run left behind; interp is kept for its GIL's counters. */
    record Result(String out, String err, int exit, Interpreter interp) {}

    private final Interpreter interp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Future<Integer> running;

    PyRun(double switchInterval) {
        this(switchInterval, List.of());
    }

    /** With -X options (gil_stats, gil_trace=FILE, ...). */
    PyRun(double switchInterval, List<String> xoptions) {
        interp = new Interpreter(InterpreterConfig.defaults().switchInterval(switchInterval).stdout(out).stderr(err)
                .unbuffered(true).stdin(new ByteArrayInputStream(new byte[0])).xoptions(xoptions));
    }

    static Result run(String source) {
        return run(source, 0.005);
    }

    static Result run(String source, double switchInterval) {
        return new PyRun(switchInterval).start(source).await();
    }

    /** Runs source and checks that it exits with 0 and prints exactly expected. */
    static Result expect(String source, String expected) {
        Result r = run(source);
        assertEquals(expected, r.out(), "stdout; stderr was:\n" + r.err());
        assertEquals(0, r.exit(), "exit code; stderr was:\n" + r.err());
        return r;
    }

    PyRun start(String source) {
        running = LAUNCHER.submit(() -> interp.runMain(source, "<test>"));
        return this;
    }

    Interpreter interpreter() {
        return interp;
    }

    boolean finished() {
        return running.isDone();
    }

    /** What the program has printed so far (for tests that act while it runs). */
    String outSoFar() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Waits (within the limit) until the program has printed text. */
    void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (!outSoFar().contains(text)) {
            if (System.nanoTime() > deadline) {
                fail("no \"" + text + "\" within " + LIMIT_SECONDS + " s; stdout: " + outSoFar());
            }
            Thread.sleep(5);
        }
    }

    Result await() {
        try {
            int exit = running.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit, interp);
        } catch (TimeoutException e) {
            interp.interrupt();
            throw new AssertionError("still running after " + LIMIT_SECONDS + " s (deadlock?); stdout:\n"
                    + outSoFar() + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
