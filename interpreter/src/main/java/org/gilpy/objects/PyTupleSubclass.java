package org.gilpy.objects;

/** An instance of a Python subclass of tuple (namedtuple classes among them). */
final class PyTupleSubclass extends PyTuple {
    private final SubclassPart part;

    PyTupleSubclass(PyType type, PyObject[] items) {
        this(new SubclassPart(type), items);
    }

    private PyTupleSubclass(SubclassPart part, PyObject[] items) {
        super(items);
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
        SubclassPart empty = part.emptyCopy(c);
        PyObject[] copied = c.copyAll(items);
        PyObject cycle = c.copied(this);
        if (cycle != null) {
            return cycle;
        }
        PyTupleSubclass copy = c.remember(this, new PyTupleSubclass(empty, copied));
        part.fillCopy(copy.part, c);
        return copy;
    }
}
