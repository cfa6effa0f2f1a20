package org.gilpy.objects;

/** An instance of a Python subclass of list. */
final class PyListSubclass extends PyList implements SlotHolder {
    private final SubclassPart part;

    PyListSubclass(PyType type) {
        this(new SubclassPart(type));
    }

    private PyListSubclass(SubclassPart part) {
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
        PyListSubclass copy = c.remember(this, new PyListSubclass(part.emptyCopy(c)));
        copy.fillCopy(this, c);
        part.fillCopy(copy.part, c);
        return copy;
    }
}
