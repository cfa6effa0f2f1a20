package org.gilpy.objects;

/** An instance of a Python subclass of bytes. */
final class PyBytesSubclass extends PyBytes {
    private final SubclassPart part;

    private PyBytesSubclass(SubclassPart part, byte[] value) {
        super(value);
        this.part = part;
    }

    static PyBytes of(PyType type, byte[] value) {
        return new PyBytesSubclass(new SubclassPart(type), value);
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
    public PyObject forkCopy(ForkCopier c) {
        PyBytesSubclass copy = c.remember(this, new PyBytesSubclass(part.emptyCopy(c), bytes));
        part.fillCopy(copy.part, c);
        return copy;
    }
}
