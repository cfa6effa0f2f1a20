package org.gilpy.stdlib.thread;

import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.GIL;

/**
 * {@code _thread.lock} ({@code threading.Lock()}): a lock with no owner. Any thread may release
 * it; acquiring it while it is held blocks, with the GIL released, until some thread releases it
 * or the timeout expires.
 */
final class PyLock extends PyObject {
    static final PyType TYPE = PyType.builtin("lock", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_thread"));
        t.methodVar("acquire", PyLock::acquire);
        t.methodVar("acquire_lock", PyLock::acquire);
        t.methodVar("__enter__", PyLock::acquire);
        t.method("release", PyLock::release);
        t.method("release_lock", PyLock::release);
        t.method("__exit__", (self, a, b, c) -> release(self));
        t.method("locked", self -> PyBool.of(((PyLock) self).mutex.isLocked()));
        t.method("locked_lock", self -> PyBool.of(((PyLock) self).mutex.isLocked()));
        t.method("_at_fork_reinit", self -> PyNone.NONE);
        t.method("__repr__", self -> PyStr.of("<" + (((PyLock) self).mutex.isLocked() ? "locked" : "unlocked")
                + " _thread.lock object at " + Abstract.address(self) + ">"));
    });

    private static final String[] ACQUIRE_PARAMS = {"blocking", "timeout"};

    final Mutex mutex;

    PyLock(GIL.Reason waitReason) {
        mutex = new Mutex(waitReason);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A forked child gets a lock of its own, unlocked: it has none of the parent's threads. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        return c.remember(this, new PyLock(mutex.waitReason));
    }

    /** acquire(blocking=True, timeout=-1): whether the lock was acquired. */
    private static PyObject acquire(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("acquire", args, kwnames, ACQUIRE_PARAMS, 0, null, null);
        return PyBool.of(((PyLock) self).mutex.acquire(Timeouts.parse(a[0], a[1])));
    }

    private static PyObject release(PyObject self) {
        if (!((PyLock) self).mutex.release()) {
            throw PyExc.runtimeError("release unlocked lock");
        }
        return PyNone.NONE;
    }
}
