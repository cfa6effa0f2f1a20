package org.gilpy.stdlib.re;

import java.util.function.BooleanSupplier;
import org.gilpy.objects.PyExc;

/**
 * Room for java.util.regex's recursion. Java backtracks by recursion, one level or more per
 * iteration of a loop over a group ({@code (?:a|b)*}), so a long subject can overflow the
 * thread's stack where CPython's engine, which keeps its own stack on the heap, just matches.
 * A match step that overflows is run again on a fresh thread whose stack is sized for the
 * subject; the calling thread waits for it (keeping the GIL: matching touches no Python object).
 */
final class DeepStack {
    private DeepStack() {}

    /** Generous for the deepest recursion seen per subject character, plus a floor. */
    private static final long BYTES_PER_CHAR = 1024;
    private static final long MIN_STACK = 64L << 20;
    private static final long MAX_STACK = 16L << 30;

    /** Runs step (a find, lookingAt or matches on a prepared Matcher), with the retry. */
    static boolean run(int subjectLength, BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (StackOverflowError overflow) {
            return onDeepStack(subjectLength, step);
        }
    }

    private static boolean onDeepStack(int subjectLength, BooleanSupplier step) {
        long size = Math.min(MAX_STACK, MIN_STACK + BYTES_PER_CHAR * subjectLength);
        boolean[] result = new boolean[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = step.getAsBoolean();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "gilpy-regex", size);
        try {
            t.start();
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExc.raise(PyExc.KeyboardInterrupt, "");
        } catch (OutOfMemoryError e) {
            failure[0] = new StackOverflowError();
        }
        if (failure[0] instanceof StackOverflowError) {
            throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded while matching a regular expression");
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return result[0];
    }
}
