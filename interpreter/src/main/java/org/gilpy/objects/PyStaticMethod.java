package org.gilpy.objects;

/** {@code staticmethod(f)}: the plain function on any access. */
public final class PyStaticMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyBaseObject.TYPE, t -> {
        PyFunctionWrapper.declare(t, "staticmethod", PyStaticMethod::new);
        t.methodVar("__call__", (self, args, kw) -> ((PyStaticMethod) self).func.call(args, kw));
    });

    static {
        TYPE.isDescriptor = true;
    }

    public PyStaticMethod(PyObject func) {
        super(func);
    }

    @Override
    protected PyFunctionWrapper wrap(PyObject f) {
        return new PyStaticMethod(f);
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
