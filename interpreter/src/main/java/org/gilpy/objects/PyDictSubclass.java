package org.gilpy.objects;

/** An instance of a Python subclass of dict (defaultdict, Counter, OrderedDict among them). */
final class PyDictSubclass extends PyDict implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PyDictSubclass(PyType type) {
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
