package org.gilpy.stdlib.multiprocessing;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/** The timeouts of the process-shared objects: seconds from Python, nanoseconds for Java. */
final class Waits {
    private Waits() {}

    /** Wait without a time limit. */
    static final long FOREVER = -1;

    /** A timeout argument (None for no limit, a negative one counting as 0) in nanoseconds. */
    static long nanos(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return FOREVER;
        }
        double s = timeout instanceof PyFloat f ? f.v : Abstract.indexInt(timeout).bigValue().doubleValue();
        return s <= 0 ? 0 : (long) Math.min(s * 1e9, Long.MAX_VALUE / 2.0);
    }
}
