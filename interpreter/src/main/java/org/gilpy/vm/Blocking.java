package org.gilpy.vm;

import java.io.IOException;
import org.gilpy.objects.PyExc;

/**
 * Runs an operation that may block (I/O, sleeping, waiting for a lock) with the GIL released,
 * as CPython's {@code Py_BEGIN_ALLOW_THREADS}, and takes the GIL back afterwards through the
 * ordinary algorithm.
 */
public final class Blocking {
    private Blocking() {}

    @FunctionalInterface
    public interface IoAction<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Runs action without the GIL; IOException becomes OSError. */
    public static <T> T io(IoAction<T> action) {
        ThreadState ts = ThreadState.currentOrNull();
        GIL gil = ts == null ? null : ts.interp.gil;
        if (gil != null) {
            gil.release(ts, GIL.Reason.IO);
        }
        try {
            return action.run();
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, "%s", e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExc.raise(PyExc.KeyboardInterrupt, "");
        } finally {
            if (gil != null) {
                gil.acquire(ts);
            }
        }
    }
}
