package org.gilpy.stdlib.thread;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyObject;

/** The {@code blocking}/{@code timeout} arguments of lock acquires, as CPython checks them. */
final class Timeouts {
    private Timeouts() {}

    /** Wait without a time limit. */
    static final long FOREVER = -1;

    /** {@code _thread.TIMEOUT_MAX}: the longest timeout in seconds (a signed 64-bit count of ns). */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** The timeout in nanoseconds for acquire(blocking, timeout); timeout may be null (absent). */
    static long parse(PyObject blocking, PyObject timeout) {
        boolean block = blocking == null || blocking.isTrue();
        double seconds = timeout == null ? -1 : seconds(timeout);
        if (!block && seconds != -1) {
            throw PyExc.valueError("can't specify a timeout for a non-blocking call");
        }
        if (seconds < 0 && seconds != -1) {
            throw PyExc.valueError("timeout value must be positive");
        }
        if (!block) {
            return 0;
        }
        if (seconds == -1) {
            return FOREVER;
        }
        return nanos(seconds);
    }

    /** A timeout argument as seconds: a float or an integer, as CPython's _PyTime conversion. */
    static double seconds(PyObject timeout) {
        return timeout instanceof PyFloat f ? f.v : Abstract.indexInt(timeout).bigValue().doubleValue();
    }

    static long nanos(double seconds) {
        double ns = Math.ceil(seconds * 1e9);
        if (ns >= 0x1p63) {
            throw PyExc.overflowError("timestamp out of range for platform time_t");
        }
        return (long) ns;
    }
}
