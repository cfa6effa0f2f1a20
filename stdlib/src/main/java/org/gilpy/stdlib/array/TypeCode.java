package org.gilpy.stdlib.array;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * The item types of {@code array.array}, with the sizes of CPython on 64-bit Linux (long and
 * wchar_t are 8 and 4 bytes). Items are stored in the machine's byte order (little-endian, as
 * on x86-64 and arm64), so {@code tobytes()} gives what CPython gives there. Storing checks the
 * value as CPython's array does, with its messages: small types are first read as the C type
 * CPython parses them into, which is why {@code array('b', [2**32])} complains about a short.
 */
enum TypeCode {
    b('b', 1), B('B', 1), u('u', 4), h('h', 2), H('H', 2), i('i', 4), I('I', 4), l('l', 8), L('L', 8),
    q('q', 8), Q('Q', 8), f('f', 4), d('d', 8);

    static final String ALL = "bBuhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int itemsize;

    TypeCode(char code, int itemsize) {
        this.code = code;
        this.itemsize = itemsize;
    }

    static TypeCode of(char c) {
        int k = ALL.indexOf(c);
        return k < 0 ? null : values()[k];
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    /** Item index of data as a Python object. */
    PyObject get(byte[] data, int index) {
        int at = index * itemsize;
        return switch (this) {
            case b -> PyInt.of(data[at]);
            case B -> PyInt.of(data[at] & 0xff);
            case h -> PyInt.of((short) SHORT.get(data, at));
            case H -> PyInt.of((short) SHORT.get(data, at) & 0xffff);
            case i -> PyInt.of((int) INT.get(data, at));
            case I -> PyInt.of((int) INT.get(data, at) & 0xffffffffL);
            case l, q -> PyInt.of((long) LONG.get(data, at));
            case L, Q -> unsigned((long) LONG.get(data, at));
            case f -> new PyFloat((float) FLOAT.get(data, at));
            case d -> new PyFloat((double) DOUBLE.get(data, at));
            case u -> PyStr.of(new String(Character.toChars((int) INT.get(data, at))));
        };
    }

    private static PyInt unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
    }

    /** Stores value as item index of data, or raises as CPython would for it. */
    void set(byte[] data, int index, PyObject value) {
        int at = index * itemsize;
        switch (this) {
            case f -> FLOAT.set(data, at, (float) real(value));
            case d -> DOUBLE.set(data, at, real(value));
            case u -> INT.set(data, at, character(value));
            default -> setInteger(data, at, Abstract.indexInt(value));
        }
    }

    private void setInteger(byte[] data, int at, PyInt v) {
        switch (this) {
            case b -> data[at] = (byte) checked(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer",
                    -128, 127, "signed char");
            case B -> data[at] = (byte) checked(cLong(v), 0, 255, "unsigned byte integer", 0, 255, null);
            case h -> SHORT.set(data, at, (short) checked(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE,
                    "signed short integer", Short.MIN_VALUE, Short.MAX_VALUE, null));
            case H -> SHORT.set(data, at, (short) checked(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "signed integer", 0, 0xffff, "unsigned short"));
            case i -> INT.set(data, at, (int) checked(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "signed integer", Integer.MIN_VALUE, Integer.MAX_VALUE, null));
            case I -> {
                long x = cUnsignedLong(v, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
                if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw PyExc.overflowError("unsigned int is greater than maximum");
                }
                INT.set(data, at, (int) x);
            }
            case l -> LONG.set(data, at, cLong(v));
            case L -> LONG.set(data, at, cUnsignedLong(v, "can't convert negative value to unsigned int",
                    "Python int too large to convert to C unsigned long"));
            case q -> {
                if (v.big != null) {
                    throw PyExc.overflowError("int too big to convert");
                }
                LONG.set(data, at, v.v);
            }
            case Q -> LONG.set(data, at, cUnsignedLong(v, "can't convert negative int to unsigned",
                    "int too big to convert"));
            default -> throw new IllegalStateException(String.valueOf(code));
        }
    }

    private static long cLong(PyInt v) {
        if (v.big != null) {
            throw PyExc.overflowError("Python int too large to convert to C long");
        }
        return v.v;
    }

    private static long cUnsignedLong(PyInt v, String negative, String tooBig) {
        if (v.signum() < 0) {
            throw PyExc.overflowError(negative);
        }
        if (v.big != null) {
            if (v.big.bitLength() > 64) {
                throw PyExc.overflowError(tooBig);
            }
            return v.big.longValue();
        }
        return v.v;
    }

    /**
     * x range-checked first as the C type CPython parses into (parsed, named parsedName), then
     * as the item type (named itemName, or parsedName when null).
     */
    private static long checked(long x, long parsedMin, long parsedMax, String parsedName, long min, long max,
                                String itemName) {
        if (x < parsedMin || x > parsedMax) {
            throw PyExc.overflowError("%s is %s", parsedName, x < parsedMin ? "less than minimum" : "greater than maximum");
        }
        if (x < min || x > max) {
            throw PyExc.overflowError("%s is %s", itemName == null ? parsedName : itemName,
                    x < min ? "less than minimum" : "greater than maximum");
        }
        return x;
    }

    private static double real(PyObject v) {
        if (v instanceof PyFloat fl) {
            return fl.v;
        }
        if (v instanceof PyInt n) {
            return n.doubleValue();
        }
        if (v.type().lookup(Names.__float__) == null && v.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("must be real number, not %s", v.type().name);
        }
        return Abstract.asDouble(v);
    }

    private static int character(PyObject v) {
        if (v instanceof PyStr s && !s.value.isEmpty() && s.value.codePointCount(0, s.value.length()) == 1) {
            return s.value.codePointAt(0);
        }
        throw PyExc.typeError("array item must be unicode character");
    }
}
