package org.gilpy.objects;

/** {@code staticmethod(f)}: the plain function on any access. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(false);
        t.constructor((cls, args, kw) -> {
            Builtin.range("staticmethod", args, 2, 2);
            return new PyStaticMethod(args[1]);
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getter("__func__", self -> ((PyStaticMethod) self).func);
        t.getter("__wrapped__", self -> ((PyStaticMethod) self).func);
        t.methodVar("__call__", (self, args, kw) -> ((PyStaticMethod) self).func.call(args, kw));
    });

    static {
        TYPE.isDescriptor = true;
    }

    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return func;
    }
}
