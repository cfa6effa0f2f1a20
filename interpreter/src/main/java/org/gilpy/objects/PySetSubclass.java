package org.gilpy.objects;

/** An instance of a Python subclass of set or frozenset. */
final class PySetSubclass extends PySet implements SlotHolder {
    private final SubclassPart part;

    PySetSubclass(PyType type, boolean frozen) {
        this(new SubclassPart(type), frozen);
    }

    private PySetSubclass(SubclassPart part, boolean frozen) {
        super(frozen);
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
        PySetSubclass copy = c.remember(this, new PySetSubclass(part.emptyCopy(c), frozen));
        copy.fillCopy(this, c);
        part.fillCopy(copy.part, c);
        return copy;
    }
}
