package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** {@code float}: a Java double, printed and hashed exactly as CPython does. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyBaseObject.TYPE, FloatMethods::define);

    /** CPython's hash modulus, the Mersenne prime 2**61 - 1, shared by int and float hashing. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;

    public final double v;

    public PyFloat(double v) {
        this.v = v;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String repr() {
        return repr(v);
    }

    /**
     * The shortest string that reads back as {@code d} (CPython's repr): fixed notation for
     * decimal exponents -4..15, otherwise {@code d.ddde+XX}.
     */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDigits(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int exp = digits.length() - 1 - shortest.scale();
        // strip trailing zeros of the digit string (keep at least one)
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        return (d < 0 ? "-" : "") + layout(digits, exp, true);
    }

    /** Places significant digits with decimal exponent exp in Python's repr layout. */
    static String layout(String digits, int exp, boolean alwaysPoint) {
        StringBuilder sb = new StringBuilder();
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                sb.append("0.");
                sb.append("0".repeat(-exp - 1));
                sb.append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length()));
                if (alwaysPoint) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
            return sb.toString();
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }

    /** The fewest significant digits that round-trip to d (d positive and finite). */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal candidate = new BigDecimal(Double.toString(d));
        int p = candidate.precision();
        BigDecimal exact = new BigDecimal(d);
        while (p > 1) {
            BigDecimal shorter = roundTripping(exact, d, p - 1);
            if (shorter == null) {
                break;
            }
            candidate = shorter;
            p--;
        }
        return candidate;
    }

    /**
     * The p-digit decimal closest to exact that reads back as d, or null. The nearest p-digit
     * value may miss d when exact lies halfway between two of them, while its neighbour hits
     * ({@code 2**-24} is 5.960464477539063e-08, not ...062): both neighbours are tried.
     */
    private static BigDecimal roundTripping(BigDecimal exact, double d, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == d) {
            return nearest;
        }
        BigDecimal ulp = nearest.ulp();
        BigDecimal up = nearest.add(ulp);
        BigDecimal down = nearest.subtract(ulp);
        boolean upOk = up.doubleValue() == d;
        boolean downOk = down.doubleValue() == d;
        if (upOk && downOk) {
            return up.subtract(exact).abs().compareTo(exact.subtract(down).abs()) <= 0 ? up : down;
        }
        return upOk ? up : downOk ? down : null;
    }

    /** CPython's {@code _Py_HashDouble}: integral floats hash like the equal int. */
    public static long hash(double v, PyObject self) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == 0) {
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v);
        int sign = v < 0 ? -1 : 1;
        if (e < Double.MIN_EXPONENT + 1) {
            // subnormal: normalize via scaling
            m = m * 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = Math.scalb(m, -(Math.getExponent(m) + 1));
        } else {
            m = Math.scalb(m, -e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
