package org.gilpy.stdlib.multiprocessing;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code _multiprocessing.SharedArray}: the memory under {@code Value} and {@code Array}, a
 * fixed number of C values of one type code ({@code b B h H i I l L q Q f d c u}) that every
 * process having it reads and writes (CPython's is a ctypes object in shared memory). Each read
 * and each write is one step; a read followed by a write ({@code v.value += 1}) is two, so
 * processes racing through it lose updates unless they hold the lock.
 *
 * <p>Values are stored as 64-bit words and converted as ctypes converts them: integers are cut
 * to the type's width, {@code f} is rounded to single precision.
 */
final class PySharedArray extends PyObject {
    static final PyType TYPE = PyType.builtin("SharedArray", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_multiprocessing"));
        t.method("get", (self, i) -> ((PySharedArray) self).get(index(self, i)));
        t.method("set", (self, i, v) -> ((PySharedArray) self).set(index(self, i), v));
        t.method("__len__", self -> PyInt.of(((PySharedArray) self).words.length()));
        t.getter("typecode", self -> PyStr.of(String.valueOf(((PySharedArray) self).typecode)));
        t.getter("handle", self -> PyInt.of(Handles.of(self)));
    });

    private static final String CODES = "bBhHiIlLqQfdcu";
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char typecode;
    private final AtomicLongArray words;

    PySharedArray(String typecode, int length) {
        if (typecode.length() != 1 || CODES.indexOf(typecode.charAt(0)) < 0) {
            throw PyExc.typeError("unsupported type code '%s'", typecode);
        }
        if (length < 0) {
            throw PyExc.valueError("array length must be >= 0, not %d", length);
        }
        this.typecode = typecode.charAt(0);
        this.words = new AtomicLongArray(length);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static int index(PyObject self, PyObject i) {
        long n = Abstract.indexInt(i).bigValue().longValue();
        int len = ((PySharedArray) self).words.length();
        if (n < 0 || n >= len) {
            throw PyExc.raise(PyExc.IndexError, "invalid index");
        }
        return (int) n;
    }

    private PyObject get(int i) {
        long w = words.get(i);
        switch (typecode) {
            case 'f', 'd':
                return new PyFloat(Double.longBitsToDouble(w));
            case 'c':
                return new PyBytes(new byte[] {(byte) w});
            case 'u':
                return PyStr.of(new String(Character.toChars((int) w)));
            case 'L', 'Q':
                return w >= 0 ? PyInt.of(w) : PyInt.of(BigInteger.valueOf(w).add(TWO_64));
            default:
                return PyInt.of(w);
        }
    }

    private PyObject set(int i, PyObject v) {
        words.set(i, encode(v));
        return PyNone.NONE;
    }

    private long encode(PyObject v) {
        switch (typecode) {
            case 'f', 'd': {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt)) {
                    throw PyExc.typeError("must be real number, not %s", v.type().name);
                }
                double d = Abstract.asDouble(v);
                return Double.doubleToRawLongBits(typecode == 'f' ? (double) (float) d : d);
            }
            case 'c': {
                if (v instanceof PyBytes b && b.bytes.length == 1) {
                    return b.bytes[0] & 0xff;
                }
                if (v instanceof PyInt n) {
                    return n.bigValue().longValue() & 0xff;
                }
                throw PyExc.typeError("one character bytes, bytearray or integer expected");
            }
            case 'u': {
                if (!(v instanceof PyStr s)) {
                    throw PyExc.typeError("unicode string expected instead of %s instance", v.type().name);
                }
                if (s.value.codePointCount(0, s.value.length()) != 1) {
                    throw PyExc.typeError("one character unicode string expected");
                }
                return s.value.codePointAt(0);
            }
            default: {
                if (!(v instanceof PyInt n)) {
                    throw PyExc.typeError("'%s' object cannot be interpreted as an integer", v.type().name);
                }
                long w = n.bigValue().longValue();
                return switch (typecode) {
                    case 'b' -> (byte) w;
                    case 'B' -> w & 0xff;
                    case 'h' -> (short) w;
                    case 'H' -> w & 0xffff;
                    case 'i' -> (int) w;
                    case 'I' -> w & 0xffffffffL;
                    default -> w;
                };
            }
        }
    }
}
