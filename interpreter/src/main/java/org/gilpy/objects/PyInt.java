package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code int}: a 64-bit value when it fits ({@code big == null}), a BigInteger otherwise, so
 * arithmetic stays on longs until it overflows. Results are always normalized: a value that fits
 * a long is never held as a BigInteger. Small ints are cached like CPython's -5..256.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyBaseObject.TYPE, IntMethods::define);

    private static final PyInt[] SMALL = new PyInt[262];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    public final long v;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;

    protected PyInt(long v) {
        this.v = v;
        this.big = null;
    }

    /** Copies a value (for subclasses of int). */
    protected PyInt(PyInt value) {
        this.v = value.v;
        this.big = value.big;
    }

    protected PyInt(BigInteger big) {
        this.v = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    /** A double's integral value (truncated) as an int, with int(float)'s errors for NaN and infinities. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return of((long) d);
        }
        return of(new BigDecimal(d).toBigInteger());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(v);
    }

    /** The value as a Java long, or OverflowError with CPython's message. */
    public long longValue() {
        if (big != null) {
            throw PyExc.overflowError("Python int too large to convert to C long");
        }
        return v;
    }

    public int intValue() {
        long l = longValue();
        if (l != (int) l) {
            throw PyExc.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    public double doubleValue() {
        if (big == null) {
            return v;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("int too large to convert to float");
        }
        return d;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    // ---- arithmetic on the long fast path, promoting on overflow ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v + b.v;
            if (((a.v ^ r) & (b.v ^ r)) < 0) {
                return of(BigInteger.valueOf(a.v).add(BigInteger.valueOf(b.v)));
            }
            return of(r);
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) {
                return of(BigInteger.valueOf(a.v).subtract(BigInteger.valueOf(b.v)));
            }
            return of(r);
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.v, b.v);
            long lo = a.v * b.v;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
            return of(BigInteger.valueOf(a.v).multiply(BigInteger.valueOf(b.v)));
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return of(Math.floorDiv(a.v, b.v));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivisionError("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return of(Math.floorMod(a.v, b.v));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    public static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivisionError("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return new PyFloat((double) a.v / (double) b.v);
        }
        return new PyFloat(IntMethods.bigTrueDiv(a.bigValue(), b.bigValue()));
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw PyExc.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(a.doubleValue(), b.doubleValue()));
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) {
                return a;
            }
            if (a.big == null && a.v == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw PyExc.memoryError();
        }
        long e = b.v;
        if (a.big == null) {
            long base = a.v;
            long result = 1;
            boolean overflow = false;
            long ee = e;
            long bb = base;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw PyExc.memoryError();
        }
        return of(a.bigValue().pow((int) e));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.v != Long.MIN_VALUE) {
            return of(-a.v);
        }
        return of(a.bigValue().negate());
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.v & b.v);
        }
        return of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.v | b.v);
        }
        return of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.v ^ b.v);
        }
        return of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExc.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return of(0);
        }
        if (b.big != null || b.v > Integer.MAX_VALUE) {
            throw PyExc.overflowError("too many digits in integer");
        }
        int n = (int) b.v;
        if (a.big == null && n < 63) {
            long r = a.v << n;
            if (r >> n == a.v) {
                return of(r);
            }
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExc.valueError("negative shift count");
        }
        if (b.big != null || b.v > Integer.MAX_VALUE) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return of(b.v >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        }
        return of(a.big.shiftRight((int) b.v));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.v, b.v);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** CPython's hash: |value| modulo the Mersenne prime 2**61 - 1, signed, with -1 mapped to -2. */
    public long pyHash() {
        long h;
        if (big == null && v != Long.MIN_VALUE) {
            long m = Math.abs(v) % PyFloat.HASH_MODULUS;
            h = v < 0 ? -m : m;
        } else {
            BigInteger b = bigValue();
            long m = b.abs().mod(BigInteger.valueOf(PyFloat.HASH_MODULUS)).longValue();
            h = b.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    public String repr() {
        if (big == null) {
            return Long.toString(v);
        }
        return big.signum() < 0 ? "-" + decimalDigits(big.negate()) : decimalDigits(big);
    }

    /**
     * The decimal digits of a non-negative big value, refused beyond sys.get_int_max_str_digits()
     * digits (CPython 3.11's limit on the quadratic-time conversion).
     */
    static String decimalDigits(BigInteger abs) {
        String s = abs.toString();
        int limit = maxStrDigits();
        if (limit > 0 && s.length() > limit) {
            throw PyExc.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit);
        }
        return s;
    }

    /** The running interpreter's limit on decimal digits converted to or from str (0: none). */
    static int maxStrDigits() {
        org.gilpy.vm.ThreadState ts = org.gilpy.vm.ThreadState.currentOrNull();
        return ts == null ? org.gilpy.vm.Interpreter.DEFAULT_INT_MAX_STR_DIGITS : ts.interp.intMaxStrDigits;
    }
}
