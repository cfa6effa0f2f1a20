package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** A generator: a suspended frame resumed by next(), send(), throw() and close(). */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__iter__", g -> g);
        t.method("__next__", g -> {
            PyGenerator gen = (PyGenerator) g;
            PyObject r = gen.resume(PyNone.NONE, null);
            if (r == null) {
                throw gen.stopIteration();
            }
            return r;
        });
        t.method("send", (g, v) -> {
            PyGenerator gen = (PyGenerator) g;
            PyObject r = gen.resume(v, null);
            if (r == null) {
                throw gen.stopIteration();
            }
            return r;
        });
        t.methodVar("throw", (g, args, kw) -> {
            Builtin.range("throw", args, 1, 3);
            PyGenerator gen = (PyGenerator) g;
            PyBaseException exc = Raise.forThrow(args[0], args.length > 1 ? args[1] : PyNone.NONE,
                    args.length > 2 ? args[2] : PyNone.NONE);
            PyObject r = gen.resume(null, exc.toThrowable());
            if (r == null) {
                throw gen.stopIteration();
            }
            return r;
        });
        t.method("close", g -> {
            ((PyGenerator) g).close();
            return PyNone.NONE;
        });
        t.getter("gi_frame", g -> ((PyGenerator) g).finished ? PyNone.NONE : ((PyGenerator) g).frame);
        t.getter("gi_running", g -> PyBool.of(((PyGenerator) g).running));
        t.getter("gi_suspended", g -> PyBool.of(((PyGenerator) g).isSuspended()));
        t.getter("gi_code", g -> ((PyGenerator) g).frame.code);
        t.getter("__name__", g -> PyStr.of(((PyGenerator) g).frame.code.co_name));
        t.getter("__qualname__", g -> PyStr.of(((PyGenerator) g).frame.code.co_qualname));
        t.method("__repr__", g -> PyStr.of("<generator object " + ((PyGenerator) g).frame.code.co_qualname + " at "
                + Abstract.address(g) + ">"));
    });

    final Frame frame;
    boolean finished;
    private boolean running;
    private boolean started;
    private PyObject returnValue = PyNone.NONE;

    /** Paused at a yield: started, not running and not finished (inspect.getgeneratorstate). */
    private boolean isSuspended() {
        return started && !running && !finished;
    }

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        return resume(PyNone.NONE, null);
    }

    private PyException stopIteration() {
        PyObject v = returnValue;
        returnValue = PyNone.NONE;
        return v == PyNone.NONE ? PyExc.stopIteration() : PyExc.stopIteration(v);
    }

    /**
     * Runs the frame until it yields (returns the value) or finishes (returns null; the return
     * value is kept for StopIteration). value is pushed as the result of the paused yield; when
     * throwIn is set it is raised at the yield instead.
     */
    PyObject resume(PyObject value, PyException throwIn) {
        if (throwIn != null && !finished && !running && started) {
            PyObject delegate = yieldFromTarget();
            if (delegate != null) {
                return throwIntoDelegate(delegate, throwIn);
            }
        }
        if (finished) {
            if (throwIn != null) {
                throw throwIn;
            }
            return null;
        }
        if (running) {
            throw PyExc.valueError("generator already executing");
        }
        if (!started && throwIn == null && value != PyNone.NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started generator");
        }
        started = true;
        if (throwIn == null) {
            frame.stack[frame.sp++] = value;
        }
        running = true;
        ThreadState ts = ThreadState.current();
        PyBaseException savedHandled = ts.handled;
        try {
            PyObject r = Eval.run(ts, frame, throwIn);
            if (finished) {
                returnValue = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            if (e.matches(PyExc.StopIteration)) {
                PyException re = PyExc.runtimeError("generator raised StopIteration");
                re.value.cause = e.value;
                re.value.context = e.value;
                re.value.suppressContext = true;
                throw re;
            }
            throw e;
        } finally {
            running = false;
            ts.handled = savedHandled;
        }
    }

    /**
     * The subiterator of a {@code yield from} this generator is suspended in, or null. Suspended
     * there means: the last instruction run was YIELD_VALUE right after a SEND, and the
     * subiterator is on top of the frame's stack.
     */
    private PyObject yieldFromTarget() {
        int[] code = frame.code.co_code;
        int yieldAt = frame.pc - 1;
        if (yieldAt < 1 || frame.sp <= frame.stackBase) {
            return null;
        }
        if (org.gilpy.bytecode.Opcode.of(code[yieldAt] & 0xff) != org.gilpy.bytecode.Opcode.YIELD_VALUE
                || org.gilpy.bytecode.Opcode.of(code[yieldAt - 1] & 0xff) != org.gilpy.bytecode.Opcode.SEND) {
            return null;
        }
        return frame.stack[frame.sp - 1];
    }

    /**
     * throw()/close() while delegating: the exception goes to the subiterator first. If it yields,
     * that is our yield; if it finishes, its return value becomes the value of the yield-from
     * expression; if it raises, the exception is raised at our yield-from.
     */
    private PyObject throwIntoDelegate(PyObject delegate, PyException exc) {
        boolean isExit = exc.matches(PyExc.GeneratorExit);
        PyObject result = null;
        PyException raised = null;
        PyObject returned = PyNone.NONE;
        boolean finishedSub = false;
        running = true;
        try {
            if (isExit) {
                if (delegate instanceof PyGenerator g) {
                    g.close();
                } else {
                    PyObject close = Abstract.lookupAttr(delegate, Names.close);
                    if (close != null) {
                        Abstract.call(close);
                    }
                }
                raised = exc;
            } else if (delegate instanceof PyGenerator g) {
                result = g.resume(null, exc);
                if (result == null) {
                    finishedSub = true;
                    returned = g.returnValue;
                    g.returnValue = PyNone.NONE;
                }
            } else {
                PyObject throwFn = Abstract.lookupAttr(delegate, Names.throw_);
                if (throwFn == null) {
                    raised = exc;
                } else {
                    try {
                        result = Abstract.call(throwFn, exc.value);
                    } catch (PyException e) {
                        if (!e.matches(PyExc.StopIteration)) {
                            throw e;
                        }
                        finishedSub = true;
                        PyObject[] a = e.value.args.items;
                        returned = a.length > 0 ? a[0] : PyNone.NONE;
                    }
                }
            }
        } catch (PyException e) {
            raised = e;
        } finally {
            running = false;
        }
        if (result != null) {
            return result;
        }
        // leave the delegation loop: pop the subiterator and continue after the SEND
        frame.stack[--frame.sp] = null;
        int send = frame.pc - 2;
        frame.pc = send + 1 + (frame.code.co_code[send] >>> 8);
        if (finishedSub) {
            return resume(returned, null);
        }
        return resume(null, raised);
    }

    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            PyObject r = resume(null, PyExc.raise(PyExc.GeneratorExit, "").value.toThrowable());
            if (r != null) {
                throw PyExc.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.GeneratorExit) && !e.matches(PyExc.StopIteration)) {
                throw e;
            }
        }
    }

    /**
     * SEND: the next value of a {@code yield from} delegation, or null when the subiterator is
     * done, with its return value in returned[0].
     */
    static PyObject sendTo(PyObject receiver, PyObject v, PyObject[] returned) {
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.resume(v, null);
            if (r == null) {
                returned[0] = g.returnValue;
                g.returnValue = PyNone.NONE;
            }
            return r;
        }
        try {
            if (v == PyNone.NONE) {
                PyObject nextFn = receiver.type().lookup(Names.__next__);
                if (nextFn == null) {
                    throw PyExc.typeError("'%s' object is not an iterator", receiver.type().name);
                }
                return Abstract.callPrepended(nextFn, receiver, new PyObject[0], null);
            }
            return Abstract.invoke(receiver, Names.send, v);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                PyObject[] args = e.value.args.items;
                returned[0] = args.length > 0 ? args[0] : PyNone.NONE;
                return null;
            }
            throw e;
        }
    }
}
