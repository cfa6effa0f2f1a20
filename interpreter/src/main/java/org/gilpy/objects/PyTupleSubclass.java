package org.gilpy.objects;

/** An instance of a Python subclass of tuple (namedtuple classes among them). */
final class PyTupleSubclass extends PyTuple {
    private final PyType type;
    private final PyDict dict;

    PyTupleSubclass(PyType type, PyObject[] items) {
        this(type, items, type.hasInstanceDict());
    }

    private PyTupleSubclass(PyType type, PyObject[] items, boolean withDict) {
        super(items);
        this.type = type;
        this.dict = withDict ? new PyDict() : null;
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
        PyType t = (PyType) c.copy(type);
        PyObject[] copied = c.copyAll(items);
        PyObject cycle = c.copied(this);
        if (cycle != null) {
            return cycle;
        }
        PyTupleSubclass copy = c.remember(this, new PyTupleSubclass(t, copied, dict != null));
        if (dict != null) {
            c.copyItems(dict, copy.dict);
        }
        return copy;
    }
}
