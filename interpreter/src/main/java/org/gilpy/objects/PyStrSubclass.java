package org.gilpy.objects;

/** An instance of a Python subclass of str. */
final class PyStrSubclass extends PyStr implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PyStrSubclass(PyType type, String value) {
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
        PyStrSubclass copy = c.remember(this, new PyStrSubclass((PyType) c.copy(type), value));
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
