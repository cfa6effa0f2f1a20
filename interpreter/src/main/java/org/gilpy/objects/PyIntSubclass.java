package org.gilpy.objects;

/** An instance of a Python subclass of int: the value plus the class and a {@code __dict__}. */
final class PyIntSubclass extends PyInt {
    private final PyType type;
    private final PyDict dict;

    PyIntSubclass(PyType type, PyInt value) {
        super(value);
        this.type = type;
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
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
        PyIntSubclass copy = c.remember(this, new PyIntSubclass((PyType) c.copy(type), this));
        c.copyItems(dict, copy.dict);
        return copy;
    }
}
