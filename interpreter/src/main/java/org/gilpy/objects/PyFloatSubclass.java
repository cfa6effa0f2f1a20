package org.gilpy.objects;

/** An instance of a Python subclass of float. */
final class PyFloatSubclass extends PyFloat implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PyFloatSubclass(PyType type, double v) {
        super(v);
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
        PyFloatSubclass copy = c.remember(this, new PyFloatSubclass((PyType) c.copy(type), v));
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
