package org.gilpy.objects;

/** An instance of a Python subclass of str. */
final class PyStrSubclass extends PyStr implements SlotHolder {
    private final SubclassPart part;

    PyStrSubclass(PyType type, String value) {
        this(new SubclassPart(type), value);
    }

    private PyStrSubclass(SubclassPart part, String value) {
        super(value);
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
        PyStrSubclass copy = c.remember(this, new PyStrSubclass(part.emptyCopy(c), value));
        part.fillCopy(copy.part, c);
        return copy;
    }
}
