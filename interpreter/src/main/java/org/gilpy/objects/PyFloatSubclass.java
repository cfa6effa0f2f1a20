package org.gilpy.objects;

/** An instance of a Python subclass of float. */
final class PyFloatSubclass extends PyFloat {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyFloatSubclass(PyType type, double v) {
        super(v);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyFloatSubclass copy = c.remember(this, new PyFloatSubclass((PyType) c.copy(type), v));
        c.copyItems(dict, copy.dict);
        return copy;
    }
}
