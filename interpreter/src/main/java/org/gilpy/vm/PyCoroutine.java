package org.gilpy.vm;

import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * A coroutine: what calling an {@code async def} function returns. Its frame runs when it is
 * awaited (or sent to by an event loop); it is not an iterator itself, {@code __await__} gives
 * one (a {@code coroutine_wrapper}).
 */
public final class PyCoroutine extends PyObject {
    public static final PyType TYPE = PyType.builtin("coroutine", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__await__", c -> new Wrapper((PyCoroutine) c));
        t.method("send", (c, v) -> ((PyCoroutine) c).gen.send(v));
        t.methodVar("throw", (c, args, kw) -> PyGenerator.throwInto(((PyCoroutine) c).gen, "throw", args));
        t.method("close", c -> {
            ((PyCoroutine) c).gen.close();
            return PyNone.NONE;
        });
        t.getter("cr_frame", c -> ((PyCoroutine) c).gen.frameOrNone());
        t.getter("cr_running", c -> PyBool.of(((PyCoroutine) c).gen.running));
        t.getter("cr_suspended", c -> PyBool.of(((PyCoroutine) c).gen.isSuspended()));
        t.getter("cr_code", c -> ((PyCoroutine) c).gen.code());
        t.getter("cr_await", c -> PyGenerator.orNone(((PyCoroutine) c).gen.yieldFromTarget()));
        t.getter("cr_origin", c -> PyNone.NONE);
        t.getter("__name__", c -> PyStr.of(((PyCoroutine) c).gen.code().co_name));
        t.getter("__qualname__", c -> PyStr.of(((PyCoroutine) c).gen.code().co_qualname));
        t.method("__repr__", c -> PyGenerator.describe(c, ((PyCoroutine) c).gen));
    });

    final GenFrame gen;

    PyCoroutine(GenFrame gen) {
        this.gen = gen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code coroutine.__await__()}: an iterator that drives the coroutine (CPython's coroutine_wrapper). */
    static final class Wrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyBaseObject.TYPE, t -> {
            t.isBaseType = false;
            t.method("__iter__", w -> w);
            t.method("__next__", w -> ((Wrapper) w).coro.gen.send(PyNone.NONE));
            t.method("send", (w, v) -> ((Wrapper) w).coro.gen.send(v));
            t.methodVar("throw", (w, args, kw) -> PyGenerator.throwInto(((Wrapper) w).coro.gen, "throw", args));
            t.method("close", w -> {
                ((Wrapper) w).coro.gen.close();
                return PyNone.NONE;
            });
        });

        final PyCoroutine coro;

        Wrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
