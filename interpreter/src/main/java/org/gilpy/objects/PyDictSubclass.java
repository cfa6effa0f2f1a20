package org.gilpy.objects;

/** An instance of a Python subclass of dict (defaultdict, Counter, OrderedDict among them). */
final class PyDictSubclass extends PyDict implements SlotHolder {
    private final SubclassPart part;

    PyDictSubclass(PyType type) {
        this(new SubclassPart(type));
    }

    private PyDictSubclass(SubclassPart part) {
        this.part = part;
    }

    @Override
    public PyType type() {
        return part.type;
    }

    @Override
    public PyDict getDict() {
        return part.dict;
    }

    @Override
    public PyDict slotStorage() {
        return part.slotStorage();
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyDictSubclass copy = c.remember(this, new PyDictSubclass(part.emptyCopy(c)));
        c.copyItems(this, copy);
        part.fillCopy(copy.part, c);
        return copy;
    }
}
