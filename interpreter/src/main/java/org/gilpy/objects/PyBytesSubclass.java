package org.gilpy.objects;

/** An instance of a Python subclass of bytes. */
final class PyBytesSubclass extends PyBytes {
    private final PyType type;
    private final PyDict dict;

    private PyBytesSubclass(PyType type, byte[] value) {
        super(value);
        this.type = type;
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
    }

    static PyBytes of(PyType type, byte[] value) {
        return new PyBytesSubclass(type, value);
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
        PyBytesSubclass copy = c.remember(this, new PyBytesSubclass((PyType) c.copy(type), bytes));
        c.copyItems(dict, copy.dict);
        return copy;
    }
}
