package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * An async generator: what calling an {@code async def} containing {@code yield} returns. Its
 * frame yields two kinds of values: those of its own {@code yield}s, wrapped by ASYNC_GEN_WRAP,
 * which end the awaitable that asked for the next item ({@code __anext__()} / {@code asend()})
 * with StopIteration(value); and bare ones from the {@code await}s inside it, which pass through
 * that awaitable to whoever drives it (the event loop). The awaitables are {@link AsyncGenAwaitable}.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("async_generator", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__aiter__", a -> a);
        t.method("__anext__", a -> ((PyAsyncGenerator) a).asend(PyNone.NONE));
        t.method("asend", (a, v) -> ((PyAsyncGenerator) a).asend(v));
        t.methodVar("athrow", (a, args, kw) -> {
            Builtin.range("athrow", args, 1, 3);
            PyAsyncGenerator ag = (PyAsyncGenerator) a;
            ag.initHooks();
            return AsyncGenAwaitable.athrow(ag, args);
        });
        t.method("aclose", a -> {
            PyAsyncGenerator ag = (PyAsyncGenerator) a;
            ag.initHooks();
            return AsyncGenAwaitable.athrow(ag, null);
        });
        t.getter("ag_frame", a -> ((PyAsyncGenerator) a).gen.frameOrNone());
        t.getter("ag_running", a -> PyBool.of(((PyAsyncGenerator) a).runningAsync));
        t.getter("ag_suspended", a -> PyBool.of(((PyAsyncGenerator) a).gen.isSuspended()));
        t.getter("ag_code", a -> ((PyAsyncGenerator) a).gen.code());
        t.getter("ag_await", a -> PyGenerator.orNone(((PyAsyncGenerator) a).gen.yieldFromTarget()));
        t.getter("__name__", a -> PyStr.of(((PyAsyncGenerator) a).gen.code().co_name));
        t.getter("__qualname__", a -> PyStr.of(((PyAsyncGenerator) a).gen.code().co_qualname));
        t.method("__repr__", a -> PyGenerator.describe(a, ((PyAsyncGenerator) a).gen));
    });

    final GenFrame gen;
    /** An asend/athrow awaitable is in progress (across the awaits inside the generator). */
    boolean runningAsync;
    /** aclose() was called, or the generator ended with StopAsyncIteration or GeneratorExit. */
    boolean closed;
    private boolean hooksInited;

    PyAsyncGenerator(GenFrame gen) {
        this.gen = gen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code __anext__()} and {@code asend(v)}: an awaitable resolving to the next yielded item. */
    public PyObject asend(PyObject value) {
        initHooks();
        return AsyncGenAwaitable.asend(this, value);
    }

    /** On first use, the thread's sys.set_asyncgen_hooks firstiter hook sees the generator (asyncio tracks them so). */
    private void initHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        PyObject firstiter = ThreadState.current().asyncgenFirstiter;
        if (firstiter != null) {
            Abstract.call(firstiter, this);
        }
    }

    /**
     * What an awaitable returns for one resumption of the frame: a bare value passes on; a wrapped
     * one ends the awaitable with StopIteration(value); the frame's end is StopAsyncIteration.
     * Ending with StopAsyncIteration or GeneratorExit closes the generator.
     */
    PyObject unwrap(PyObject r) {
        if (r == null) {
            runningAsync = false;
            throw new PyException(new PyBaseException(PyExc.StopAsyncIteration, org.gilpy.objects.PyTuple.EMPTY));
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw PyExc.stopIteration(w.value);
        }
        return r;
    }

    /** Resumes the frame with a value or an exception; exceptions it raises close it as CPython's do. */
    PyObject resume(PyObject value, PyException throwIn) {
        try {
            return gen.resume(value, throwIn);
        } catch (PyException e) {
            runningAsync = false;
            if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                closed = true;
            }
            throw e;
        }
    }

    static PyBaseException exceptionFor(PyObject[] args) {
        return Raise.forThrow(args[0], args.length > 1 ? args[1] : PyNone.NONE,
                args.length > 2 ? args[2] : PyNone.NONE);
    }

    /** ASYNC_GEN_WRAP's box around a value the generator itself yields (never seen by Python code). */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyBaseObject.TYPE;
        }
    }
}
