package org.gilpy.objects;

/** An instance of a Python subclass of list. */
final class PyListSubclass extends PyList implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PyListSubclass(PyType type) {
        this(type, type.hasInstanceDict());
    }

    private PyListSubclass(PyType type, boolean withDict) {
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
        PyListSubclass copy = c.remember(this, new PyListSubclass((PyType) c.copy(type), dict != null));
        copy.fillCopy(this, c);
        if (dict != null) {
            c.copyItems(dict, copy.dict);
        }
        copy.slotValues = slotValues == null ? null : (PyDict) c.copy(slotValues);
        return copy;
    }

    private PyDict slotValues;

    @Override
    public PyDict slotStorage() {
        return slotValues != null ? slotValues : (slotValues = new PyDict());
    }
}
