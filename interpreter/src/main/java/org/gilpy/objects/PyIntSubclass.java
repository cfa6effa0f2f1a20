package org.gilpy.objects;

/** An instance of a Python subclass of int: the value plus what the class adds. */
final class PyIntSubclass extends PyInt {
    private final SubclassPart part;

    PyIntSubclass(PyType type, PyInt value) {
        this(new SubclassPart(type), value);
    }

    private PyIntSubclass(SubclassPart part, PyInt value) {
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
    public PyObject forkCopy(ForkCopier c) {
        PyIntSubclass copy = c.remember(this, new PyIntSubclass(part.emptyCopy(c), this));
        part.fillCopy(copy.part, c);
        return copy;
    }
}
