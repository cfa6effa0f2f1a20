package org.gilpy.stdlib.array;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;

/**
 * Bytes-like arguments of the binary modules (struct, binascii, array): what CPython's buffer
 * protocol lets them read and write. That is bytes, bytearray and memoryview, and also
 * {@code array.array}, whose items are read as their machine bytes.
 */
public final class Buffers {
    private Buffers() {}

    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView || o instanceof PyArray;
    }

    /** The bytes of a bytes-like object (for bytes, its own array: callers must not change it). */
    public static byte[] read(PyObject o) {
        if (o instanceof PyArray a) {
            return a.toBytes();
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return Abstract.bytesOf(o);
        }
        throw PyExc.typeError("a bytes-like object is required, not '%s'", o.type().name);
    }

    /** Whether data can be written into o ({@link #write}). */
    public static boolean isWritable(PyObject o) {
        if (o instanceof PyByteArray || o instanceof PyArray) {
            return true;
        }
        return o instanceof PyMemoryView && !Abstract.getAttr(o, PyStr.intern("readonly")).isTrue();
    }

    /** Overwrites len(data) bytes of the writable buffer o, from offset on (which the caller has checked). */
    public static void write(PyObject o, int offset, byte[] data) {
        if (o instanceof PyArray a) {
            a.overwrite(offset, data);
            return;
        }
        PySlice where = new PySlice(PyInt.of(offset), PyInt.of(offset + data.length), PyNone.NONE);
        Abstract.setItem(o, where, new PyBytes(data));
    }
}
