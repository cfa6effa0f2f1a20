package org.gilpy.objects;

/** An instance of a Python subclass of tuple (namedtuple classes among them). */
final class PyTupleSubclass extends PyTuple {
    private final PyType type;
    private final PyDict dict;

    PyTupleSubclass(PyType type, PyObject[] items) {
        super(items);
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
}
