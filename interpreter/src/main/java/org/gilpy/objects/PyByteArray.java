package org.gilpy.objects;

import java.util.Arrays;

/** {@code bytearray}: a mutable byte array (and instances of its Python subclasses). */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyBaseObject.TYPE, ByteArrayMethods::define);

    private final PyType type;
    private PyDict dict;
    byte[] data;
    int size;
    /** Live memoryviews of this array: while any exist, its size cannot change. */
    int exports;

    public PyByteArray(byte[] initial) {
        this(TYPE, initial);
    }

    PyByteArray(PyType type, byte[] initial) {
        this.type = type;
        this.data = initial.clone();
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.isHeapType) {
            dict = new PyDict();
        }
        return dict;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    void checkResizable() {
        if (exports > 0) {
            throw PyExc.raise(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    void append(int b) {
        checkResizable();
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(16, size * 2));
        }
        data[size++] = (byte) b;
    }

    void extend(byte[] more) {
        checkResizable();
        if (size + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + more.length, size * 2));
        }
        System.arraycopy(more, 0, data, size, more.length);
        size += more.length;
    }

    /** Replaces data[lo:hi] with the given bytes, growing or shrinking the array. */
    void replace(int lo, int hi, byte[] with) {
        if (with.length != hi - lo) {
            checkResizable();
        }
        byte[] out = new byte[size - (hi - lo) + with.length];
        System.arraycopy(data, 0, out, 0, lo);
        System.arraycopy(with, 0, out, lo, with.length);
        System.arraycopy(data, hi, out, lo + with.length, size - hi);
        data = out;
        size = out.length;
    }

    void set(byte[] all) {
        checkResizable();
        data = all.clone();
        size = all.length;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyByteArray copy = c.remember(this, new PyByteArray((PyType) c.copy(type), toBytes()));
        PyDict d = getDict();
        if (d != null) {
            c.copyItems(d, copy.getDict());
        }
        return copy;
    }
}
