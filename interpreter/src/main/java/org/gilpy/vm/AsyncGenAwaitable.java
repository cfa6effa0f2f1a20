package org.gilpy.vm;

import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * The awaitables an async generator hands out: {@code __anext__()}/{@code asend(v)} (type
 * {@code async_generator_asend}) and {@code athrow(...)}/{@code aclose()} (type
 * {@code async_generator_athrow}). Each drives the generator's frame for one step of the
 * generator, however many awaits inside it that takes, and can be awaited once.
 */
final class AsyncGenAwaitable extends PyObject {
    private static final PyType ASEND = awaitableType("async_generator_asend");
    private static final PyType ATHROW = awaitableType("async_generator_athrow");

    private static PyType awaitableType(String name) {
        return PyType.builtin(name, PyBaseObject.TYPE, t -> {
            t.isBaseType = false;
            t.method("__await__", a -> a);
            t.method("__iter__", a -> a);
            t.method("__next__", a -> ((AsyncGenAwaitable) a).send(PyNone.NONE));
            t.method("send", (a, v) -> ((AsyncGenAwaitable) a).send(v));
            t.methodVar("throw", (a, args, kw) -> {
                Builtin.range("throw", args, 1, 3);
                return ((AsyncGenAwaitable) a).throwIn(PyAsyncGenerator.exceptionFor(args));
            });
            t.method("close", a -> {
                ((AsyncGenAwaitable) a).state = State.CLOSED;
                return PyNone.NONE;
            });
        });
    }

    private enum State { INIT, ITER, CLOSED }

    private final PyAsyncGenerator agen;
    private final PyType type;
    /** asend: the value to send first; athrow: its arguments; aclose: null. */
    private final PyObject sendValue;
    private final PyObject[] throwArgs;
    private final boolean isClose;
    private State state = State.INIT;

    private AsyncGenAwaitable(PyAsyncGenerator agen, PyType type, PyObject sendValue, PyObject[] throwArgs,
                              boolean isClose) {
        this.agen = agen;
        this.type = type;
        this.sendValue = sendValue;
        this.throwArgs = throwArgs;
        this.isClose = isClose;
    }

    static AsyncGenAwaitable asend(PyAsyncGenerator agen, PyObject value) {
        return new AsyncGenAwaitable(agen, ASEND, value, null, false);
    }

    /** athrow(args), or aclose() when args is null. */
    static AsyncGenAwaitable athrow(PyAsyncGenerator agen, PyObject[] args) {
        return new AsyncGenAwaitable(agen, ATHROW, null, args, args == null);
    }

    @Override
    public PyType type() {
        return type;
    }

    private String name() {
        return type == ASEND ? "__anext__()/asend()" : "aclose()/athrow()";
    }

    PyObject send(PyObject sent) {
        PyObject value = sent;
        if (state == State.CLOSED) {
            throw PyExc.runtimeError("cannot reuse already awaited " + name());
        }
        if (type == ASEND) {
            if (state == State.INIT) {
                if (agen.runningAsync) {
                    state = State.CLOSED;
                    throw PyExc.runtimeError("anext(): asynchronous generator is already running");
                }
                if (value == PyNone.NONE) {
                    value = sendValue;
                }
                state = State.ITER;
            }
            agen.runningAsync = true;
            PyObject first = value;
            return step(() -> agen.unwrap(agen.resume(first, null)));
        }
        if (agen.gen.finished) {
            state = State.CLOSED;
            throw PyExc.stopIteration();
        }
        if (state == State.INIT) {
            if (agen.runningAsync) {
                state = State.CLOSED;
                throw PyExc.runtimeError((isClose ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
            }
            if (agen.closed) {
                state = State.CLOSED;
                throw new PyException(new PyBaseException(PyExc.StopAsyncIteration, org.gilpy.objects.PyTuple.EMPTY));
            }
            if (value != PyNone.NONE) {
                throw PyExc.runtimeError("can't send non-None value to a just-started coroutine");
            }
            state = State.ITER;
            agen.runningAsync = true;
            if (isClose) {
                agen.closed = true;
                return step(() -> closing(agen.resume(null, PyExc.raise(PyExc.GeneratorExit, "").value.toThrowable())));
            }
            PyException exc = PyAsyncGenerator.exceptionFor(throwArgs).toThrowable();
            return step(() -> agen.unwrap(agen.resume(null, exc)));
        }
        return step(() -> isClose ? closing(agen.resume(sent, null)) : agen.unwrap(agen.resume(sent, null)));
    }

    PyObject throwIn(PyBaseException exc) {
        if (state == State.CLOSED) {
            throw PyExc.runtimeError("cannot reuse already awaited " + name());
        }
        if (type == ASEND) {
            return step(() -> agen.unwrap(agen.resume(null, exc.toThrowable())));
        }
        return step(() -> isClose ? closing(agen.resume(null, exc.toThrowable()))
                : agen.unwrap(agen.resume(null, exc.toThrowable())));
    }

    /** aclose(): the generator must not yield a value of its own once GeneratorExit is thrown in. */
    private PyObject closing(PyObject r) {
        if (r == null) {
            agen.runningAsync = false;
            throw PyExc.stopIteration();
        }
        if (r instanceof PyAsyncGenerator.Wrapped) {
            agen.runningAsync = false;
            throw PyExc.runtimeError("async generator ignored GeneratorExit");
        }
        return r;
    }

    /**
     * One resumption; when it ends the awaitable (any exception, StopIteration included) the
     * awaitable is closed. aclose() turns the generator's own end (StopAsyncIteration or
     * GeneratorExit) into its StopIteration: the close is done.
     */
    private PyObject step(java.util.function.Supplier<PyObject> resume) {
        try {
            return resume.get();
        } catch (PyException e) {
            state = State.CLOSED;
            agen.runningAsync = false;
            if (type == ATHROW && isClose && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                throw PyExc.stopIteration();
            }
            throw e;
        }
    }
}
