package org.gilpy.stdlib.struct;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * A parsed struct format: its fields, their offsets and the total size, for packing values into
 * bytes and unpacking them again. Native mode ('@', the default) uses the sizes and alignment of
 * CPython on 64-bit Linux and little-endian order; '=', '<', '>' and '!' use the standard sizes
 * with no alignment. Errors are raised as the module's struct.error, with CPython's messages.
 */
final class StructFormat {
    /** One run of a format character: count values (one for 's' and 'p', whose count is a length). */
    private record Field(char code, int count, int offset, int size) {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final String format;
    final int size;
    /** How many values pack() takes and unpack() returns. */
    final int valueCount;
    private final boolean littleEndian;
    private final List<Field> fields;

    private StructFormat(String format, int size, int valueCount, boolean littleEndian, List<Field> fields) {
        this.format = format;
        this.size = size;
        this.valueCount = valueCount;
        this.littleEndian = littleEndian;
        this.fields = fields;
    }

    static StructFormat parse(String format, PyType error) {
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Field> fields = new ArrayList<>();
        long offset = 0;
        int values = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    count = count * 10 + (format.charAt(i++) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw PyExc.raise(error, "total struct size too long");
                    }
                }
                if (i >= format.length()) {
                    throw PyExc.raise(error, "repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            int itemSize = itemSize(c, nativeMode);
            if (itemSize < 0) {
                throw PyExc.raise(error, "bad char in struct format");
            }
            i++;
            if (nativeMode && itemSize > 1 && c != 's' && c != 'p') {
                offset = (offset + itemSize - 1) / itemSize * itemSize;
            }
            boolean isString = c == 's' || c == 'p';
            long bytes = isString ? count : count * itemSize;
            if (c != 'x') {
                fields.add(new Field(c, (int) count, (int) offset, itemSize));
                values += isString ? 1 : (int) count;
            }
            offset += bytes;
            if (offset > Integer.MAX_VALUE) {
                throw PyExc.raise(error, "total struct size too long");
            }
        }
        return new StructFormat(format, (int) offset, values, little, fields);
    }

    /** The size of one item of c, or -1 if c is no format character (in this mode). */
    private static int itemSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    // ---------------------------------------------------------------- packing

    byte[] pack(PyObject[] values, int from, PyType error) {
        byte[] out = new byte[size];
        packInto(out, 0, values, from, error);
        return out;
    }

    /** Packs values[from...] at offset of out, which has room for them. */
    void packInto(byte[] out, int offset, PyObject[] values, int from, PyType error) {
        if (values.length - from != valueCount) {
            throw PyExc.raise(error, "pack expected %d items for packing (got %d)", valueCount, values.length - from);
        }
        int v = from;
        for (Field f : fields) {
            int at = offset + f.offset();
            if (f.code() == 's' || f.code() == 'p') {
                packString(out, at, f, values[v++], error);
                continue;
            }
            for (int k = 0; k < f.count(); k++, at += f.size()) {
                packOne(out, at, f, values[v++], error);
            }
        }
    }

    private static void packString(byte[] out, int at, Field f, PyObject value, PyType error) {
        if (!(value instanceof PyBytes) && !(value instanceof PyByteArray)) {
            throw PyExc.raise(error, "argument for '%c' must be a bytes object", f.code());
        }
        byte[] b = Abstract.bytesOf(value);
        if (f.code() == 's') {
            System.arraycopy(b, 0, out, at, Math.min(b.length, f.count()));
        } else if (f.count() > 0) {
            int n = Math.min(b.length, Math.min(f.count() - 1, 255));
            out[at] = (byte) n;
            System.arraycopy(b, 0, out, at + 1, n);
        }
    }

    private void packOne(byte[] out, int at, Field f, PyObject value, PyType error) {
        switch (f.code()) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.bytes.length != 1) {
                    throw PyExc.raise(error, "char format requires a bytes object of length 1");
                }
                out[at] = b.bytes[0];
            }
            case '?' -> out[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
            case 'e' -> write(out, at, 2, HalfFloat.pack(floatArg(value, error)));
            case 'f' -> {
                double x = floatArg(value, error);
                float y = (float) x;
                if (Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw PyExc.overflowError("float too large to pack with f format");
                }
                write(out, at, 4, Float.floatToRawIntBits(y));
            }
            case 'd' -> write(out, at, 8, Double.doubleToRawLongBits(floatArg(value, error)));
            default -> write(out, at, f.size(), integerArg(f.code(), f.size(), value, error));
        }
    }

    private void write(byte[] out, int at, int n, long bits) {
        for (int k = 0; k < n; k++) {
            int shift = 8 * (littleEndian ? k : n - 1 - k);
            out[at + k] = (byte) (bits >>> shift);
        }
    }

    private static double floatArg(PyObject value, PyType error) {
        if (value instanceof PyFloat fl) {
            return fl.v;
        }
        boolean numeric = value instanceof PyInt || value.type().lookup(Names.__float__) != null
                || value.type().lookup(Names.__index__) != null;
        if (!numeric) {
            throw PyExc.raise(error, "required argument is not a float");
        }
        try {
            return Abstract.asDouble(value);
        } catch (PyException e) {
            if (e.matches(PyExc.OverflowError)) {
                throw PyExc.raise(error, "required argument is not a float");
            }
            throw e;
        }
    }

    /**
     * An integer field's bits, range-checked as CPython checks them, whose messages depend on the
     * byte order: for little-endian formats (this machine's order) b, B, h and H are named
     * "byte", "ubyte", "short" and "ushort", and the 8-byte codes fail with "argument out of
     * range"; big-endian formats check H as an unsigned long, name h and H by their letter, and
     * fail the 8-byte codes with "int too large to convert". P takes any value of 64 bits,
     * negative ones as their two's complement.
     */
    private long integerArg(char code, int size, PyObject value, PyType error) {
        if (!(value instanceof PyInt) && value.type().lookup(Names.__index__) == null) {
            throw PyExc.raise(error, "required argument is not an integer");
        }
        BigInteger big = Abstract.indexInt(value).bigValue();
        boolean unsigned = Character.isUpperCase(code);
        boolean fitsSigned = big.bitLength() < 64;
        boolean fitsUnsigned = big.signum() >= 0 && big.bitLength() <= 64;
        if (code == 'P') {
            if (!fitsSigned && !fitsUnsigned) {
                throw PyExc.raise(error, "int too large to convert");
            }
            return big.longValue();
        }
        if (size == 8) {
            if (!(unsigned ? fitsUnsigned : fitsSigned)) {
                throw PyExc.raise(error, littleEndian ? "argument out of range" : "int too large to convert");
            }
            return big.longValue();
        }
        long max = unsigned ? (1L << (8 * size)) - 1 : (1L << (8 * size - 1)) - 1;
        long min = unsigned ? 0 : -max - 1;
        boolean readAsUnsignedLong = code == 'I' || code == 'L' || (code == 'H' && !littleEndian);
        if (readAsUnsignedLong ? !fitsUnsigned : !fitsSigned) {
            throw PyExc.raise(error, "argument out of range");
        }
        long x = big.longValue();
        if (readAsUnsignedLong ? Long.compareUnsigned(x, max) > 0 : x < min || x > max) {
            String name = switch (code) {
                case 'b' -> "byte format";
                case 'B' -> "ubyte format";
                case 'h' -> littleEndian ? "short format" : "'h' format";
                case 'H' -> littleEndian ? "ushort format" : "'H' format";
                default -> "'" + code + "' format";
            };
            throw PyExc.raise(error, "%s requires %d <= number <= %d", name, min, max);
        }
        return x;
    }

    // ---------------------------------------------------------------- unpacking

    /** The values of the size bytes of data from offset on (which the caller has checked). */
    PyObject[] unpack(byte[] data, int offset) {
        PyObject[] out = new PyObject[valueCount];
        int v = 0;
        for (Field f : fields) {
            int at = offset + f.offset();
            if (f.code() == 's') {
                out[v++] = new PyBytes(Arrays.copyOfRange(data, at, at + f.count()));
                continue;
            }
            if (f.code() == 'p') {
                int n = f.count() == 0 ? 0 : Math.min(data[at] & 0xff, f.count() - 1);
                out[v++] = new PyBytes(Arrays.copyOfRange(data, at + 1, at + 1 + n));
                continue;
            }
            for (int k = 0; k < f.count(); k++, at += f.size()) {
                out[v++] = unpackOne(data, at, f);
            }
        }
        return out;
    }

    private PyObject unpackOne(byte[] data, int at, Field f) {
        switch (f.code()) {
            case 'c':
                return new PyBytes(new byte[] {data[at]});
            case '?':
                return PyBool.of(data[at] != 0);
            case 'e':
                return new PyFloat(HalfFloat.unpack((int) read(data, at, 2)));
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) read(data, at, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(read(data, at, 8)));
            default:
                long bits = read(data, at, f.size());
                int shift = 64 - 8 * f.size();
                if (Character.isUpperCase(f.code())) {
                    long x = shift == 0 ? bits : bits << shift >>> shift;
                    return x >= 0 ? PyInt.of(x) : PyInt.of(BigInteger.valueOf(x).add(TWO_64));
                }
                return PyInt.of(bits << shift >> shift);
        }
    }

    private long read(byte[] data, int at, int n) {
        long bits = 0;
        for (int k = 0; k < n; k++) {
            int shift = 8 * (littleEndian ? k : n - 1 - k);
            bits |= (data[at + k] & 0xffL) << shift;
        }
        return bits;
    }
}
