package org.gilpy.objects;

/** An instance of a Python subclass of set or frozenset. */
final class PySetSubclass extends PySet {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PySetSubclass(PyType type, boolean frozen) {
        super(frozen);
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
        PySetSubclass copy = c.remember(this, new PySetSubclass((PyType) c.copy(type), frozen));
        copy.fillCopy(this, c);
        c.copyItems(dict, copy.dict);
        return copy;
    }
}
