package org.gilpy.objects;

import java.util.Arrays;
import java.util.List;

/** {@code list}: a growable array of objects. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyBaseObject.TYPE, ListMethods::define);

    PyObject[] items;
    int size;

    public PyList() {
        items = new PyObject[4];
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(List<PyObject> items) {
        this(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    public void extend(PyObject[] more, int n) {
        if (size + n > items.length) {
            items = Arrays.copyOf(items, Math.max(size + n, size + (size >> 1) + 1));
        }
        System.arraycopy(more, 0, items, size, n);
        size += n;
    }

    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    /** A copy of the items, sized exactly. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The live backing array (valid up to {@link #size()}). */
    public PyObject[] backing() {
        return items;
    }

    /** A new list with the items in reverse order. */
    public PyList reversedCopy() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = items[size - 1 - i];
        }
        return new PyList(out);
    }

    void replaceAll(PyObject[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        return c.remember(this, new PyList()).fillCopy(this, c);
    }

    /** Fills this fresh copy with copies of original's items. */
    PyList fillCopy(PyList original, ForkCopier c) {
        PyObject[] copied = c.copyAll(Arrays.copyOf(original.items, original.size));
        items = copied.length == 0 ? new PyObject[4] : copied;
        size = copied.length;
        return this;
    }
}
