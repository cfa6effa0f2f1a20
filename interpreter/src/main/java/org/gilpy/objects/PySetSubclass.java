package org.gilpy.objects;

/** An instance of a Python subclass of set or frozenset. */
final class PySetSubclass extends PySet implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PySetSubclass(PyType type, boolean frozen) {
        super(frozen);
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
        PySetSubclass copy = c.remember(this, new PySetSubclass((PyType) c.copy(type), frozen));
        copy.fillCopy(this, c);
        c.copyItems(dict, copy.dict);
        copy.slotValues = slotValues == null ? null : (PyDict) c.copy(slotValues);
        return copy;
    }

    private PyDict slotValues;

    @Override
    public PyDict slotStorage() {
        return slotValues != null ? slotValues : (slotValues = new PyDict());
    }
}
