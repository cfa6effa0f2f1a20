package org.gilpy.vm;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;

/**
 * Runs an operation that may block (I/O, sleeping, waiting for a lock) with the GIL released,
 * as CPython's {@code Py_BEGIN_ALLOW_THREADS}, and takes the GIL back afterwards through the
 * ordinary algorithm.
 *
 * <p>Ctrl-C: {@link Interpreter#interrupt()} wakes a main thread blocked here with a Java
 * interrupt; the wait then ends by raising the pending KeyboardInterrupt, as a signal interrupts
 * a blocking system call in CPython. A KeyboardInterrupt that is pending when the wait begins is
 * raised at once instead of waiting. A signal with a Python handler wakes it the same way; the
 * handler runs, and unless it raises, the wait is started again (PEP 475): an action that waits
 * for a time must measure it from a deadline fixed before the call.
 */
public final class Blocking {
    private Blocking() {}

    @FunctionalInterface
    public interface IoAction<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Runs action without the GIL; IOException becomes OSError. */
    public static <T> T io(IoAction<T> action) {
        return io(GIL.Reason.IO, action);
    }

    /** Runs action without the GIL, released for reason (SLEEP, LOCK, JOIN, IO). */
    public static <T> T io(GIL.Reason reason, IoAction<T> action) {
        return io(reason, action, Blocking::osError);
    }

    /**
     * Runs action without the GIL; an IOException it throws becomes the Python exception
     * toPython makes of it (with the GIL held again), e.g. an OSError with the right errno.
     */
    public static <T> T io(GIL.Reason reason, IoAction<T> action, Function<IOException, PyException> toPython) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || !ts.interp.gil.isHeldBy(ts)) {
            return runInterruptibly(action, toPython);
        }
        Interpreter interp = ts.interp;
        // A stale interrupt (its KeyboardInterrupt already raised at a check point) must not end
        // this wait; a pending one is raised now. Clearing first closes the race with interrupt().
        Thread.interrupted();
        interp.deliverInterrupt(ts);
        GIL gil = interp.gil;
        while (true) {
            gil.release(ts, reason);
            T result = null;
            Exception failure = null;
            try {
                result = action.run();
            } catch (IOException | InterruptedException e) {
                failure = e;
            } finally {
                gil.acquire(ts);
            }
            if (failure instanceof InterruptedException || failure instanceof ClosedByInterruptException) {
                if (interp.deliverInterrupt(ts) && !(failure instanceof ClosedByInterruptException)) {
                    // a signal handler ran and raised nothing: the wait goes on (PEP 475)
                    continue;
                }
                // interrupted by the embedding host rather than by Ctrl-C
                throw PyExc.raise(PyExc.KeyboardInterrupt, "");
            }
            if (failure != null) {
                throw toPython.apply((IOException) failure);
            }
            return result;
        }
    }

    /** Buffers smaller than this are processed holding the GIL (CPython's HASHLIB_GIL_MINSIZE). */
    public static final int NATIVE_GIL_MINSIZE = 2048;

    /**
     * Pure computation over a buffer of size bytes (hashing, compression): done holding the GIL
     * for a small buffer and without it for a large one, as CPython's C modules do, so threads
     * doing such work scale with the cores. The work must not touch Python objects.
     */
    public static <T> T compute(int size, Supplier<T> work) {
        if (size < NATIVE_GIL_MINSIZE) {
            return work.get();
        }
        return io(GIL.Reason.IO, work::get);
    }

    /** For a thread that does not hold the GIL (e.g. while the interpreter starts up). */
    private static <T> T runInterruptibly(IoAction<T> action, Function<IOException, PyException> toPython) {
        try {
            return action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExc.raise(PyExc.KeyboardInterrupt, "");
        } catch (IOException e) {
            throw toPython.apply(e);
        }
    }

    private static PyException osError(IOException e) {
        return PyExc.raise(PyExc.OSError, "%s", e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
