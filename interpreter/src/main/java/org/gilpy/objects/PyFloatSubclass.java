package org.gilpy.objects;

/** An instance of a Python subclass of float. */
final class PyFloatSubclass extends PyFloat implements SlotHolder {
    private final SubclassPart part;

    PyFloatSubclass(PyType type, double v) {
        this(new SubclassPart(type), v);
    }

    private PyFloatSubclass(SubclassPart part, double v) {
        super(v);
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
        PyFloatSubclass copy = c.remember(this, new PyFloatSubclass(part.emptyCopy(c), v));
        part.fillCopy(copy.part, c);
        return copy;
    }
}
