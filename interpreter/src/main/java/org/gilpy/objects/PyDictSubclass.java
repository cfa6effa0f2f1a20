package org.gilpy.objects;

/** An instance of a Python subclass of dict (defaultdict, Counter, OrderedDict among them). */
final class PyDictSubclass extends PyDict implements SlotHolder {
    private final PyType type;
    private final PyDict dict;

    PyDictSubclass(PyType type) {
        this(type, type.hasInstanceDict());
    }

    private PyDictSubclass(PyType type, boolean withDict) {
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
        PyDictSubclass copy = c.remember(this, new PyDictSubclass((PyType) c.copy(type), dict != null));
        c.copyItems(this, copy);
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
