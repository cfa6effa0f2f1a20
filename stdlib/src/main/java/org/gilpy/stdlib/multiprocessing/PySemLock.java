package org.gilpy.stdlib.multiprocessing;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;
import org.gilpy.vm.ThreadState;

/**
 * {@code _multiprocessing.SemLock}: the semaphore under every lock, semaphore, condition and
 * event that processes share (CPython's is a POSIX named semaphore). One Java object serves all
 * the processes that have it: a forked child shares it rather than copying it.
 *
 * <p>A recursive mutex (kind 0, for {@code RLock}) remembers its owner, a (process, thread)
 * pair, and how often the owner holds it; a semaphore (kind 1, for {@code Lock} with a maximum
 * of 1, {@code Semaphore} and {@code BoundedSemaphore}) only counts. Waiting releases the
 * caller's GIL.
 */
final class PySemLock extends PyObject {
    static final PyType TYPE = PyType.builtin("SemLock", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_multiprocessing"));
        t.method("acquire", (self, block, timeout) -> PyBool.of(((PySemLock) self).acquire(block.isTrue(),
                Waits.nanos(timeout))));
        t.method("release", self -> ((PySemLock) self).release());
        t.method("_count", self -> PyInt.of(((PySemLock) self).count));
        t.method("_is_mine", self -> PyBool.of(((PySemLock) self).isMine()));
        t.method("_get_value", self -> PyInt.of(((PySemLock) self).permits.availablePermits()));
        t.method("_is_zero", self -> PyBool.of(((PySemLock) self).permits.availablePermits() == 0));
        t.getter("kind", self -> PyInt.of(((PySemLock) self).kind));
        t.getter("maxvalue", self -> PyInt.of(((PySemLock) self).maxvalue));
        t.getter("handle", self -> PyInt.of(Handles.of(self)));
    });

    static final int RECURSIVE_MUTEX = 0;
    static final int SEMAPHORE = 1;

    final int kind;
    final int maxvalue;
    private final Semaphore permits;
    /** The owner of a recursive mutex and its hold count; guarded by this. */
    private long ownerProcess;
    private long ownerThread;
    private int count;

    PySemLock(int kind, int value, int maxvalue) {
        if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
            throw PyExc.valueError("unrecognized kind");
        }
        if (value < 0 || value > maxvalue) {
            throw PyExc.valueError("invalid value");
        }
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.permits = new Semaphore(value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The calling process: its interpreter. */
    private static long currentProcess() {
        return ThreadState.current().interp.id;
    }

    private static long currentThread() {
        return Thread.currentThread().getId();
    }

    private synchronized boolean isMine() {
        return count > 0 && ownerProcess == currentProcess() && ownerThread == currentThread();
    }

    private boolean acquire(boolean block, long timeoutNanos) {
        if (kind == RECURSIVE_MUTEX && isMine()) {
            synchronized (this) {
                count++;
            }
            return true;
        }
        boolean got = permits.tryAcquire();
        if (!got && block && timeoutNanos != 0) {
            got = Blocking.io(GIL.Reason.LOCK, () -> {
                if (timeoutNanos == Waits.FOREVER) {
                    permits.acquire();
                    return true;
                }
                return permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
            });
        }
        if (got) {
            synchronized (this) {
                ownerProcess = currentProcess();
                ownerThread = currentThread();
                count++;
            }
        }
        return got;
    }

    private PyObject release() {
        if (kind == RECURSIVE_MUTEX) {
            synchronized (this) {
                if (!isMine()) {
                    throw PyExc.raise(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
                }
                if (--count > 0) {
                    return PyNone.NONE;
                }
            }
        } else {
            synchronized (this) {
                if (permits.availablePermits() >= maxvalue) {
                    throw PyExc.valueError("semaphore or lock released too many times");
                }
                count = Math.max(0, count - 1);
            }
        }
        permits.release();
        return PyNone.NONE;
    }
}
