package org.gilpy.objects;

import java.util.Arrays;

/** {@code bytearray}: a mutable byte array. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyBaseObject.TYPE, BytesMethods::defineByteArray);

    byte[] data;
    int size;

    public PyByteArray(byte[] initial) {
        this.data = initial.clone();
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    void append(int b) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(16, size * 2));
        }
        data[size++] = (byte) b;
    }

    void extend(byte[] more) {
        for (byte b : more) {
            append(b & 0xff);
        }
    }

    void set(byte[] all) {
        data = all.clone();
        size = all.length;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }
}
