package org.gilpy.objects;

/** {@code reversed(seq)} over a sequence by index, from the end. */
public final class PyReversedIter extends PyIterator {
    private static final PyType TYPE = PyIterator.newType("reversed");

    private final PyObject seq;
    private int index;

    public PyReversedIter(PyObject seq, int len) {
        this.seq = seq;
        this.index = len - 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (index < 0) {
            return null;
        }
        if (seq instanceof PyList l) {
            if (index >= l.size) {
                index = -1;
                return null;
            }
            return l.items[index--];
        }
        return Abstract.getItem(seq, PyInt.of(index--));
    }
}
