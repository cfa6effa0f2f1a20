package org.gilpy.objects;

import java.util.Arrays;
import java.util.List;

/** {@code tuple}: an immutable array of objects. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyBaseObject.TYPE, TupleMethods::define);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    /** Takes ownership of the array. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    /** CPython's tuple hash (the xxHash-based mixing of 3.8+), so tuples hash as CPython's do. */
    public long pyHash() {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    public PyObject[] copyItems() {
        return Arrays.copyOf(items, items.length);
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyObject[] copied = c.copyAll(items);
        PyObject cycle = c.copied(this);
        return cycle != null ? cycle : sameElements(copied) ? this : new PyTuple(copied);
    }

    /** Whether every copied element is the original object (so the tuple can be shared). */
    boolean sameElements(PyObject[] copied) {
        for (int i = 0; i < items.length; i++) {
            if (copied[i] != items[i]) {
                return false;
            }
        }
        return true;
    }
}
