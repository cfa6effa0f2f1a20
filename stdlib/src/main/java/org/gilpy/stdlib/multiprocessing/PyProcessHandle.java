package org.gilpy.stdlib.multiprocessing;

import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.stdlib.os.ProcessIds;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.ChildProcess;
import org.gilpy.vm.GIL;

/**
 * {@code _multiprocessing.ProcessHandle}: what a parent holds of a started child process (the
 * {@code Popen} of CPython's multiprocessing): its pid, its exit code once it has ended, waiting
 * for it, and the signals that end it.
 */
final class PyProcessHandle extends PyObject {
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    static final PyType TYPE = PyType.builtin("ProcessHandle", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_multiprocessing"));
        t.getter("pid", self -> PyInt.of(ProcessIds.pid(((PyProcessHandle) self).child.interp)));
        t.method("poll", self -> ((PyProcessHandle) self).exitCodeOrNone());
        t.method("wait", (self, timeout) -> ((PyProcessHandle) self).waitFor(Waits.nanos(timeout)));
        t.method("is_alive", self -> PyBool.of(((PyProcessHandle) self).child.isAlive()));
        t.method("terminate", self -> ((PyProcessHandle) self).signal(SIGTERM));
        t.method("kill", self -> ((PyProcessHandle) self).signal(SIGKILL));
    });

    final ChildProcess child;

    PyProcessHandle(ChildProcess child) {
        this.child = child;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject exitCodeOrNone() {
        return child.isAlive() ? PyNone.NONE : PyInt.of(child.exitCode());
    }

    /** Waits (GIL released) at most timeoutNanos for the child to end; its exit code, or None. */
    private PyObject waitFor(long timeoutNanos) {
        if (child.isAlive() && timeoutNanos != 0) {
            Blocking.io(GIL.Reason.JOIN, () -> child.waitFor(timeoutNanos));
        }
        return exitCodeOrNone();
    }

    private PyObject signal(int sig) {
        child.kill(sig);
        return PyNone.NONE;
    }
}
