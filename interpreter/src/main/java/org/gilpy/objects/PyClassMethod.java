package org.gilpy.objects;

/** {@code classmethod(f)}: binds f to the class. */
public final class PyClassMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("classmethod", PyBaseObject.TYPE,
            t -> PyFunctionWrapper.declare(t, "classmethod", PyClassMethod::new));

    static {
        TYPE.isDescriptor = true;
    }

    public PyClassMethod(PyObject func) {
        super(func);
    }

    @Override
    protected PyFunctionWrapper wrap(PyObject f) {
        return new PyClassMethod(f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        PyObject owner = type != null ? type : obj.type();
        return new PyMethod(func, owner);
    }
}
