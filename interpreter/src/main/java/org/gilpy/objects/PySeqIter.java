package org.gilpy.objects;

/** Iterates any sequence by index; list, tuple and str get direct access without calls. */
public final class PySeqIter extends PyIterator {
    private static final PyType TYPE = PyIterator.newType("iterator");

    private PyObject seq;
    private int index;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        int i = index;
        if (s instanceof PyList l) {
            if (i < l.size) {
                index = i + 1;
                return l.items[i];
            }
        } else if (s instanceof PyTuple t) {
            if (i < t.items.length) {
                index = i + 1;
                return t.items[i];
            }
        } else if (s instanceof PyStr str) {
            if (i < str.value.length()) {
                index = i + 1;
                return PyStr.charAt(str.value.charAt(i));
            }
        } else {
            try {
                PyObject v = Abstract.getItem(s, PyInt.of(i));
                index = i + 1;
                return v;
            } catch (PyException e) {
                if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
                    throw e;
                }
            }
        }
        seq = null;
        return null;
    }
}
