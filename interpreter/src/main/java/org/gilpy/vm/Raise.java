package org.gilpy.vm;

import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTraceback;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** The {@code raise} statement's rules, and the mapping of Java failures to Python exceptions. */
final class Raise {
    private Raise() {}

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
    static PyException make(ThreadState ts, PyObject exc, PyObject cause, boolean hasCause) {
        if (exc == null) {
            if (ts.handled == null) {
                return PyExc.runtimeError("No active exception to reraise");
            }
            return ts.handled.toThrowable();
        }
        PyBaseException value = instantiate(exc);
        if (hasCause) {
            if (cause == PyNone.NONE) {
                value.cause = null;
            } else {
                PyBaseException c = cause instanceof PyType ? instantiate(cause) : cause instanceof PyBaseException be ? be : null;
                if (c == null) {
                    return PyExc.typeError("exception causes must derive from BaseException");
                }
                value.cause = c;
            }
            value.suppressContext = true;
        }
        return value.toThrowable();
    }

    /**
     * The exception generator.throw(type[, value[, tb]]) raises, as CPython's _gen_throw: a class
     * is called with the value (an instance of it is used as is, a tuple gives the arguments),
     * an instance must come without a separate value.
     */
    static PyBaseException forThrow(PyObject type, PyObject value, PyObject tb) {
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyExc.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (type instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            if (value instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                exc = v;
            } else {
                PyObject[] args = value == PyNone.NONE ? new PyObject[0]
                        : value instanceof PyTuple tuple ? tuple.items : new PyObject[] {value};
                exc = instantiate(t.call(args, null));
            }
        } else if (type instanceof PyBaseException instance) {
            if (value != PyNone.NONE) {
                throw PyExc.typeError("instance exception may not have a separate value");
            }
            exc = instance;
        } else {
            throw PyExc.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    type.type().name);
        }
        if (tb instanceof PyTraceback t) {
            exc.traceback = t;
        }
        return exc;
    }

    static PyBaseException instantiate(PyObject exc) {
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = t.call(new PyObject[0], null);
            if (!(v instanceof PyBaseException be)) {
                throw PyExc.typeError("calling %s should have returned an instance of BaseException, not %s", t.name,
                        v.type().name);
            }
            return be;
        }
        if (exc instanceof PyBaseException be) {
            return be;
        }
        throw PyExc.typeError("exceptions must derive from BaseException");
    }

    /** An except clause names a class or a flat tuple of classes (nested tuples are refused, as CPython). */
    static void checkCatchable(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items) {
                checkCatchableClass(item);
            }
            return;
        }
        checkCatchableClass(type);
    }

    /** An except* clause's type: as for except, and never an exception group type. */
    static void checkExceptStarType(PyObject type) {
        checkCatchable(type);
        PyObject[] types = type instanceof PyTuple t ? t.items : new PyObject[] {type};
        for (PyObject item : types) {
            if (((PyType) item).isSubtypeOf(PyExc.BaseExceptionGroup)) {
                throw PyExc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    private static void checkCatchableClass(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(PyExc.BaseException)) {
            throw PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * Any Java throwable as a Python exception: a PyException as is, a JVM stack overflow as
     * RecursionError, memory exhaustion as MemoryError, and anything else (a bug in gilpy) as
     * SystemError naming the Java failure, so no Java stack trace ever reaches the user.
     */
    static PyException fromJava(Throwable t) {
        if (t instanceof PyException pe) {
            return pe;
        }
        if (t instanceof StackOverflowError) {
            return PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return PyExc.memoryError();
        }
        if (t instanceof ThreadDeath td) {
            throw td;
        }
        if (t instanceof InterpreterExit ie) {
            throw ie;
        }
        StackTraceElement where = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        return PyExc.systemError("gilpy internal error: %s%s", t, where == null ? "" : " at " + where);
    }
}
