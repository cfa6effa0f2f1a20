package org.gilpy.stdlib.struct;

import org.gilpy.objects.PyExc;

/**
 * IEEE 754 binary16, struct's 'e' format: 1 sign bit, 5 exponent bits (bias 15) and 10 fraction
 * bits. Packing rounds to nearest, ties to even, as CPython does; a finite value that rounds
 * beyond the largest half (65504) is an OverflowError.
 */
final class HalfFloat {
    private HalfFloat() {}

    private static final int BIAS = 15;
    private static final int FRACTION_BITS = 10;
    private static final int IMPLICIT_ONE = 1 << FRACTION_BITS;

    static int pack(double x) {
        int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(x)) {
            return sign | 0x7c00;
        }
        double a = Math.abs(x);
        int exp = Math.getExponent(a);
        if (exp < 1 - BIAS) {
            // subnormal: a whole number of units of 2**-24 (a carry into 1024 is the smallest normal)
            return sign | (int) Math.rint(Math.scalb(a, BIAS - 1 + FRACTION_BITS));
        }
        long m = (long) Math.rint(Math.scalb(a, FRACTION_BITS - exp));
        if (m == 2 * IMPLICIT_ONE) {
            m = IMPLICIT_ONE;
            exp++;
        }
        if (exp > BIAS) {
            throw PyExc.overflowError("float too large to pack with e format");
        }
        return sign | ((exp + BIAS) << FRACTION_BITS) | (int) (m - IMPLICIT_ONE);
    }

    static double unpack(int bits) {
        int e = (bits >> FRACTION_BITS) & 0x1f;
        int m = bits & (IMPLICIT_ONE - 1);
        double v;
        if (e == 0) {
            v = Math.scalb((double) m, 1 - BIAS - FRACTION_BITS);
        } else if (e == 0x1f) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb((double) (IMPLICIT_ONE + m), e - BIAS - FRACTION_BITS);
        }
        return (bits & 0x8000) != 0 ? -v : v;
    }
}
