package org.gilpy.objects;

/** An instance of a Python subclass of str. */
final class PyStrSubclass extends PyStr {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyStrSubclass(PyType type, String value) {
        super(value);
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
        PyStrSubclass copy = c.remember(this, new PyStrSubclass((PyType) c.copy(type), value));
        c.copyItems(dict, copy.dict);
        return copy;
    }
}
