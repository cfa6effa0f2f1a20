package org.gilpy.objects;

import java.util.function.Function;

/**
 * What {@code classmethod} and {@code staticmethod} share: the function they wrap, and the
 * attributes both expose ({@code __func__}, {@code __wrapped__}, {@code __isabstractmethod__}).
 * Each subclass says only how it binds.
 */
public abstract class PyFunctionWrapper extends PyObject {
    public final PyObject func;

    protected PyFunctionWrapper(PyObject func) {
        this.func = func;
    }

    /** The same kind of wrapper around another function. */
    protected abstract PyFunctionWrapper wrap(PyObject func);

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyObject f = c.copy(func);
        PyObject cycle = c.copied(this);
        return cycle != null ? cycle : c.remember(this, wrap(f));
    }

    /** Declares the shared part of a wrapper type: construction from one function, and its attributes. */
    static void declare(PyType t, String name, Function<PyObject, PyFunctionWrapper> make) {
        t.descriptorMethods(false);
        t.constructor((cls, args, kw) -> {
            Builtin.range(name, args, 2, 2);
            return make.apply(args[1]);
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getter("__func__", self -> ((PyFunctionWrapper) self).func);
        t.getter("__wrapped__", self -> ((PyFunctionWrapper) self).func);
        t.getter("__isabstractmethod__", self -> {
            PyObject flag = Abstract.lookupAttr(((PyFunctionWrapper) self).func, PyStr.intern("__isabstractmethod__"));
            return PyBool.of(flag != null && flag.isTrue());
        });
    }
}
