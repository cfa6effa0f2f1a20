package org.gilpy.objects;

/**
 * Iterates any sequence by index; list, tuple, str, bytes and bytearray get direct access without
 * calls, and the type name CPython gives their iterators.
 */
public final class PySeqIter extends PyIterator {
    private static final PyType SEQUENCE = PyIterator.newType("iterator");
    private static final PyType LIST = PyIterator.newType("list_iterator");
    private static final PyType TUPLE = PyIterator.newType("tuple_iterator");
    private static final PyType STR = PyIterator.newType("str_iterator");
    private static final PyType STR_ASCII = PyIterator.newType("str_ascii_iterator");
    private static final PyType BYTES = PyIterator.newType("bytes_iterator");
    private static final PyType BYTEARRAY = PyIterator.newType("bytearray_iterator");

    private PyObject seq;
    private int index;
    private final PyType type;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
        this.type = seq instanceof PyList ? LIST : seq instanceof PyTuple ? TUPLE
                : seq instanceof PyStr s ? (isAscii(s.value) ? STR_ASCII : STR)
                : seq instanceof PyBytes ? BYTES : seq instanceof PyByteArray ? BYTEARRAY : SEQUENCE;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return type;
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
            // index is a UTF-16 offset here: a surrogate pair is one character
            if (i < str.value.length()) {
                char c = str.value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < str.value.length()
                        && Character.isLowSurrogate(str.value.charAt(i + 1))) {
                    index = i + 2;
                    return PyStr.ofCodePoint(str.value.codePointAt(i));
                }
                index = i + 1;
                return PyStr.charAt(c);
            }
        } else if (s instanceof PyBytes b) {
            if (i < b.bytes.length) {
                index = i + 1;
                return PyInt.of(b.bytes[i] & 0xFF);
            }
        } else if (s instanceof PyByteArray b) {
            if (i < b.size) {
                index = i + 1;
                return PyInt.of(b.data[i] & 0xFF);
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
