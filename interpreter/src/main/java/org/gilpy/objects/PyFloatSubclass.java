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

    private PyDict slotValues;

    @Override
    public PyDict slotStorage() {
        return slotValues != null ? slotValues : (slotValues = new PyDict());
    }
}
