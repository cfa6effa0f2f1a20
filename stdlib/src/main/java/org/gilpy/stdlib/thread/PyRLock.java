package org.gilpy.stdlib.thread;

import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.GIL;

/**
 * {@code _thread.RLock} ({@code threading.RLock()}): a lock its owner may acquire again; it is
 * released when the owner has released it as many times as it acquired it. The owner and count
 * are only touched with the GIL held; the underlying {@link Mutex} is what other threads wait on.
 */
final class PyRLock extends PyObject {
    static final PyType TYPE = PyType.builtin("RLock", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_thread"));
        t.constructor((cls, args, kw) -> new PyRLock());
        t.methodVar("acquire", PyRLock::acquire);
        t.methodVar("__enter__", PyRLock::acquire);
        t.method("release", PyRLock::release);
        t.method("__exit__", (self, a, b, c) -> release(self));
        t.method("_is_owned", self -> PyBool.of(((PyRLock) self).isOwned()));
        t.method("_recursion_count", self -> {
            PyRLock r = (PyRLock) self;
            return PyInt.of(r.isOwned() ? r.count : 0);
        });
        t.method("_release_save", PyRLock::releaseSave);
        t.method("_acquire_restore", PyRLock::acquireRestore);
        t.method("_at_fork_reinit", self -> PyNone.NONE);
        t.method("__repr__", self -> {
            PyRLock r = (PyRLock) self;
            return PyStr.of("<" + (r.mutex.isLocked() ? "locked" : "unlocked") + " _thread.RLock object owner="
                    + r.owner + " count=" + r.count + " at " + Abstract.address(self) + ">");
        });
    });

    private static final String[] ACQUIRE_PARAMS = {"blocking", "timeout"};

    private final Mutex mutex = new Mutex(GIL.Reason.LOCK);
    /** The ident of the owning thread, 0 when unowned. */
    private long owner;
    private long count;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A forked child gets a lock of its own, unlocked: it has none of the parent's threads. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        return c.remember(this, new PyRLock());
    }

    private boolean isOwned() {
        return count > 0 && owner == Idents.current();
    }

    private static PyObject acquire(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("acquire", args, kwnames, ACQUIRE_PARAMS, 0, null, null);
        long timeout = Timeouts.parse(a[0], a[1]);
        PyRLock r = (PyRLock) self;
        long me = Idents.current();
        if (r.count > 0 && r.owner == me) {
            r.count++;
            return PyBool.TRUE;
        }
        if (!r.mutex.acquire(timeout)) {
            return PyBool.FALSE;
        }
        r.owner = me;
        r.count = 1;
        return PyBool.TRUE;
    }

    private static PyObject release(PyObject self) {
        PyRLock r = (PyRLock) self;
        if (!r.isOwned()) {
            throw PyExc.runtimeError("cannot release un-acquired lock");
        }
        if (--r.count == 0) {
            r.owner = 0;
            r.mutex.release();
        }
        return PyNone.NONE;
    }

    /** For Condition.wait: releases completely, returning (count, owner) to restore later. */
    private static PyObject releaseSave(PyObject self) {
        PyRLock r = (PyRLock) self;
        if (r.count == 0) {
            throw PyExc.runtimeError("cannot release un-acquired lock");
        }
        PyTuple saved = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
        r.count = 0;
        r.owner = 0;
        r.mutex.release();
        return saved;
    }

    private static PyObject acquireRestore(PyObject self, PyObject state) {
        PyRLock r = (PyRLock) self;
        PyObject[] saved = Abstract.toArray(state);
        r.mutex.acquire(Timeouts.FOREVER);
        r.count = Abstract.index(saved[0]);
        r.owner = Abstract.index(saved[1]);
        return PyNone.NONE;
    }
}
