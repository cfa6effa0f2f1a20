package org.gilpy.vm;

import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/**
 * The suspended frame of a generator, a coroutine or an async generator, and how it is resumed
 * (CPython's {@code gen_send_ex}, which the three share). The three Python types each own one
 * and differ only in their methods and in the words of their messages ({@link #kind}).
 */
public final class GenFrame {
    final Frame frame;
    /** "generator", "coroutine" or "async generator": the word CPython's messages use. */
    final String kind;
    boolean finished;
    boolean running;
    private boolean started;
    PyObject returnValue = PyNone.NONE;

    GenFrame(Frame frame) {
        this.frame = frame;
        this.kind = kindOf(frame.code);
        frame.generator = this;
    }

    /** The word CPython's messages use for what code's frame runs in. */
    private static String kindOf(PyCode code) {
        int flags = code.co_flags;
        return (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine"
                : (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator" : "generator";
    }

    /** The object RETURN_GENERATOR hands out for a frame: a generator, coroutine or async generator. */
    static PyObject create(Frame frame) {
        GenFrame g = new GenFrame(frame);
        int flags = frame.code.co_flags;
        if ((flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(g);
        }
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(g);
        }
        return new PyGenerator(g);
    }

    /** The frame driver of a generator or coroutine (the objects SEND resumes directly), or null. */
    static GenFrame of(PyObject o) {
        if (o instanceof PyGenerator g) {
            return g.gen;
        }
        if (o instanceof PyCoroutine c) {
            return c.gen;
        }
        return null;
    }

    /** Paused at a yield: started, not running and not finished (inspect.getgeneratorstate). */
    boolean isSuspended() {
        return started && !running && !finished;
    }

    boolean isStarted() {
        return started;
    }

    /** gi_frame / cr_frame / ag_frame: the frame while it can still run, else None. */
    PyObject frameOrNone() {
        return finished ? PyNone.NONE : frame;
    }

    PyCode code() {
        return frame.code;
    }

    /** StopIteration carrying the return value (once): what send() raises when the frame returns. */
    PyException stopIteration() {
        PyObject v = returnValue;
        returnValue = PyNone.NONE;
        return v == PyNone.NONE ? PyExc.stopIteration() : PyExc.stopIteration(v);
    }

    /** Takes the return value of a finished frame, leaving None. */
    PyObject takeReturnValue() {
        PyObject v = returnValue;
        returnValue = PyNone.NONE;
        return v;
    }

    /** send(): the next yielded value, or StopIteration with the return value. */
    PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw stopIteration();
        }
        return r;
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
        if (running) {
            throw PyExc.valueError(kind + " already executing");
        }
        if (finished) {
            if (kind.equals("coroutine") && !isGeneratorExit(throwIn)) {
                throw PyExc.runtimeError("cannot reuse already awaited coroutine");
            }
            if (throwIn != null) {
                throw throwIn;
            }
            return null;
        }
        if (!started && throwIn == null && value != PyNone.NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started " + kind);
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
            PyBaseException replaced = leakedStop(frame.code, e.value);
            throw replaced == e.value ? e : replaced.toThrowable();
        } finally {
            running = false;
            ts.handled = savedHandled;
        }
    }

    private static boolean isGeneratorExit(PyException e) {
        return e != null && e.matches(PyExc.GeneratorExit);
    }

    /**
     * PEP 479 (STOPITERATION_ERROR and a frame's last resort): a StopIteration escaping the body
     * of a generator, coroutine or async generator, or a StopAsyncIteration escaping an async
     * generator, becomes a RuntimeError caused by it. Other exceptions are returned unchanged.
     */
    static PyBaseException leakedStop(PyCode code, PyBaseException exc) {
        String kind = kindOf(code);
        String what;
        if (exc.type().isSubtypeOf(PyExc.StopIteration)) {
            what = "StopIteration";
        } else if (kind.equals("async generator") && exc.type().isSubtypeOf(PyExc.StopAsyncIteration)) {
            what = "StopAsyncIteration";
        } else {
            return exc;
        }
        PyBaseException re = PyExc.runtimeError(kind + " raised " + what).value;
        re.cause = exc;
        re.context = exc;
        re.suppressContext = true;
        return re;
    }

    /**
     * The subiterator of a {@code yield from} or {@code await} this frame is suspended in, or
     * null. Suspended there means: the last instruction run was YIELD_VALUE right after a SEND,
     * and the subiterator is on top of the frame's stack.
     */
    PyObject yieldFromTarget() {
        if (!isSuspended()) {
            return null;
        }
        int[] code = frame.code.co_code;
        int yieldAt = frame.pc - 1;
        if (yieldAt < 1 || frame.sp <= frame.stackBase) {
            return null;
        }
        if (Opcode.of(code[yieldAt] & 0xff) != Opcode.YIELD_VALUE
                || Opcode.of(code[yieldAt - 1] & 0xff) != Opcode.SEND) {
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
        GenFrame sub = of(delegate);
        running = true;
        try {
            if (isExit) {
                if (sub != null) {
                    sub.close();
                } else {
                    PyObject close = Abstract.lookupAttr(delegate, Names.close);
                    if (close != null) {
                        Abstract.call(close);
                    }
                }
                raised = exc;
            } else if (sub != null) {
                result = sub.resume(null, exc);
                if (result == null) {
                    finishedSub = true;
                    returned = sub.takeReturnValue();
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

    /** close(): GeneratorExit raised at the paused yield; yielding again is a RuntimeError. */
    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            PyObject r = resume(null, PyExc.raise(PyExc.GeneratorExit, "").value.toThrowable());
            if (r != null) {
                throw PyExc.runtimeError(kind + " ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.GeneratorExit) && !e.matches(PyExc.StopIteration)) {
                throw e;
            }
        }
    }

    /**
     * SEND: the next value of a {@code yield from} or {@code await} delegation, or null when the
     * subiterator is done, with its return value in returned[0].
     */
    static PyObject sendTo(PyObject receiver, PyObject v, PyObject[] returned) {
        GenFrame g = of(receiver);
        if (g != null) {
            PyObject r = g.resume(v, null);
            if (r == null) {
                returned[0] = g.takeReturnValue();
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
