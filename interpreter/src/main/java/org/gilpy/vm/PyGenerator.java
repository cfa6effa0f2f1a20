package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
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
        t.method("__next__", g -> ((PyGenerator) g).gen.send(PyNone.NONE));
        t.method("send", (g, v) -> ((PyGenerator) g).gen.send(v));
        t.methodVar("throw", (g, args, kw) -> throwInto(((PyGenerator) g).gen, "throw", args));
        t.method("close", g -> {
            ((PyGenerator) g).gen.close();
            return PyNone.NONE;
        });
        t.getter("gi_frame", g -> ((PyGenerator) g).gen.frameOrNone());
        t.getter("gi_running", g -> PyBool.of(((PyGenerator) g).gen.running));
        t.getter("gi_suspended", g -> PyBool.of(((PyGenerator) g).gen.isSuspended()));
        t.getter("gi_code", g -> ((PyGenerator) g).gen.code());
        t.getter("gi_yieldfrom", g -> orNone(((PyGenerator) g).gen.yieldFromTarget()));
        t.getter("__name__", g -> PyStr.of(((PyGenerator) g).gen.code().co_name));
        t.getter("__qualname__", g -> PyStr.of(((PyGenerator) g).gen.code().co_qualname));
        t.method("__repr__", g -> describe(g, ((PyGenerator) g).gen));
    });

    final GenFrame gen;

    PyGenerator(GenFrame gen) {
        this.gen = gen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        return gen.resume(PyNone.NONE, null);
    }

    /** throw(value) or throw(type[, value[, traceback]]) into a generator-like frame. */
    static PyObject throwInto(GenFrame gen, String name, PyObject[] args) {
        Builtin.range(name, args, 1, 3);
        PyBaseException exc = Raise.forThrow(args[0], args.length > 1 ? args[1] : PyNone.NONE,
                args.length > 2 ? args[2] : PyNone.NONE);
        PyObject r = gen.resume(null, exc.toThrowable());
        if (r == null) {
            throw gen.stopIteration();
        }
        return r;
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code <generator object f at 0x...>}, and the same for coroutines and async generators. */
    static PyStr describe(PyObject self, GenFrame gen) {
        String word = gen.kind.equals("async generator") ? "async_generator" : gen.kind;
        return PyStr.of("<" + word + " object " + gen.code().co_qualname + " at " + Abstract.address(self) + ">");
    }
}
