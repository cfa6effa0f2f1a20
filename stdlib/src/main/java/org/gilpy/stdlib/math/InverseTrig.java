package org.gilpy.stdlib.math;

/**
 * atan, atan2, asin and acos rounded correctly, as glibc's (IBM's accurate library) are and
 * Java's are not in about one case in ten. Each reduces to the arctangent of a ratio held in
 * double-double precision: the ratio t in [0, 1] is split at c = k/16, atan(t) = atan(c) +
 * atan((t - c) / (1 + t*c)), atan(c) comes from a table recorded from a 60-digit computation, and
 * the small remainder's series is summed in double-double. The error stays near 2**-100, so the
 * final rounding to double is right except for arguments closer than that to a rounding boundary.
 */
final class InverseTrig {
    private InverseTrig() {}

    /** atan(k/16) as {hi, lo}, k = 0..16. */
    private static final double[][] ATAN_TABLE = {
        {0.0, 0.0},
        {0.06241880999595735, -1.5490756308295046e-18},
        {0.12435499454676144, -3.1253241424539383e-18},
        {0.18534794999569476, 4.180692268843079e-18},
        {0.24497866312686414, 1.0698755618734451e-17},
        {0.3028848683749714, -1.1010827903001369e-17},
        {0.35877067027057225, -2.4623815582638635e-17},
        {0.4124104415973873, -1.587652227770689e-17},
        {0.4636476090008061, 2.2698777452961687e-17},
        {0.5123894603107377, -2.5462781472855804e-17},
        {0.5585993153435624, -5.4556305485916264e-18},
        {0.6022873461349642, 2.950430737228402e-17},
        {0.6435011087932844, 1.5834785051444286e-17},
        {0.6823165548747481, 6.943223671560008e-18},
        {0.7188299996216245, -2.1478388444456983e-17},
        {0.7531512809621944, -2.4256934659182068e-17},
        {0.7853981633974483, 3.061616997868383e-17},
    };
    private static final double PI_HI = 3.141592653589793;
    private static final double PI_LO = 1.2246467991473532e-16;
    private static final double PI_2_HI = 1.5707963267948966;
    private static final double PI_2_LO = 6.123233995736766e-17;

    // ---- double-double helpers: results go to the two fields of a small mutable pair ----

    /** A double-double value hi + lo with |lo| <= ulp(hi)/2. */
    private static final class DD {
        double hi;
        double lo;

        DD set(double h, double l) {
            double s = h + l;
            lo = l - (s - h);
            hi = s;
            return this;
        }
    }

    private static double twoSumErr(double a, double b, double s) {
        double bv = s - a;
        return (a - (s - bv)) + (b - bv);
    }

    /** a / b for double-doubles, to about 2**-104. */
    private static DD divide(double ah, double al, double bh, double bl, DD out) {
        double q = ah / bh;
        // the remainder a - q*b; ah - q*bh is exact through fma
        double r = -Math.fma(q, bh, -ah) + al - q * bl;
        return out.set(q, r / bh);
    }

    /** atan(t) for a double-double t in [0, 1]. */
    private static DD atanUnit(double th, double tl, DD out) {
        int k = (int) Math.rint(th * 16);
        double c = k / 16.0;
        // u = (t - c) / (1 + t*c)
        double nh = th - c;
        double nl = twoSumErr(th, -c, nh) + tl;
        double p = th * c;
        double pe = Math.fma(th, c, -p) + tl * c;
        double dh = 1 + p;
        double dl = twoSumErr(1, p, dh) + pe;
        DD u = divide(nh, nl, dh, dl, new DD());
        // atan(u) = u - u^3/3 + u^5/5 - ...; u^2 in double-double for the first term
        double u2 = u.hi * u.hi;
        double u2l = Math.fma(u.hi, u.hi, -u2) + 2 * u.hi * u.lo;
        double tail = 0;
        for (int n = 12; n >= 2; n--) {
            tail = tail * u2 + ((n & 1) == 0 ? 1.0 : -1.0) / (2 * n + 1);
        }
        // s = -u^2/3 + u^4 * tail, the third in double-double
        double third = 1.0 / 3;
        double thirdLo = (1 - 3 * third) / 3;
        double fh = -(u2 * third);
        double fl = -(Math.fma(u2, third, -(u2 * third)) + u2 * thirdLo + u2l * third);
        double rest = u2 * u2 * tail;
        double sh = fh + rest;
        double sl = twoSumErr(fh, rest, sh) + fl;
        // atan(u) = u + u*s
        double ms = u.hi * sh;
        double msl = Math.fma(u.hi, sh, -ms) + u.hi * sl + u.lo * sh;
        double ah = u.hi + ms;
        double al = twoSumErr(u.hi, ms, ah) + u.lo + msl;
        // plus atan(c)
        double[] tc = ATAN_TABLE[k];
        double rh = tc[0] + ah;
        double rl = twoSumErr(tc[0], ah, rh) + tc[1] + al;
        return out.set(rh, rl);
    }

    /** atan(n/d) for double-doubles n, d >= 0 (not both zero), in [0, pi/2]. */
    private static DD atanRatio(double nh, double nl, double dh, double dl, DD out) {
        if (nh <= dh) {
            DD t = divide(nh, nl, dh, dl, new DD());
            return atanUnit(t.hi, t.lo, out);
        }
        DD t = divide(dh, dl, nh, nl, new DD());
        atanUnit(t.hi, t.lo, out);
        double rh = PI_2_HI - out.hi;
        double rl = twoSumErr(PI_2_HI, -out.hi, rh) + PI_2_LO - out.lo;
        return out.set(rh, rl);
    }

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return x;
        }
        if (a > 0x1p60) {
            return Math.copySign(PI_2_HI, x);
        }
        DD r = atanRatio(a, 0, 1, 0, new DD());
        return Math.copySign(r.hi + r.lo, x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y) || y == 0 || x == 0) {
            return Math.atan2(y, x);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        // scale both by a power of two so that neither the ratio nor the products leave range
        int shift = Math.getExponent(Math.max(ay, ax));
        ay = Math.scalb(ay, -shift);
        ax = Math.scalb(ax, -shift);
        double r;
        if (ay == 0 || ay / ax < 0x1p-60) {
            r = x > 0 ? Math.abs(y) / Math.abs(x) : PI_HI;
        } else if (ax == 0 || ax / ay < 0x1p-60) {
            r = PI_2_HI;
        } else {
            DD t = atanRatio(ay, 0, ax, 0, new DD());
            if (x < 0) {
                double h = PI_HI - t.hi;
                double l = twoSumErr(PI_HI, -t.hi, h) + PI_LO - t.lo;
                t.set(h, l);
            }
            r = t.hi + t.lo;
        }
        return Math.copySign(r, y);
    }

    /** sqrt(1 - x*x) for |x| <= 1 as a double-double. */
    private static DD complement(double x, DD out) {
        double sq = x * x;
        double sqErr = Math.fma(x, x, -sq);
        double vh = 1 - sq;
        double vl = twoSumErr(1, -sq, vh) - sqErr;
        double s = Math.sqrt(vh + vl);
        if (s == 0) {
            return out.set(0, 0);
        }
        double sl = ((vh - s * s) - Math.fma(s, s, -(s * s)) + vl) / (2 * s);
        return out.set(s, sl);
    }

    static double asin(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a < 0x1p-26) {
            return x;
        }
        if (a == 1) {
            return Math.copySign(PI_2_HI, x);
        }
        DD c = complement(a, new DD());
        DD r = atanRatio(a, 0, c.hi, c.lo, new DD());
        return Math.copySign(r.hi + r.lo, x);
    }

    static double acos(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return PI_HI;
        }
        DD c = complement(a, new DD());
        DD r = a == 0 ? new DD().set(PI_2_HI, PI_2_LO) : atanRatio(c.hi, c.lo, a, 0, new DD());
        if (x < 0) {
            double h = PI_HI - r.hi;
            double l = twoSumErr(PI_HI, -r.hi, h) + PI_LO - r.lo;
            r.set(h, l);
        }
        return r.hi + r.lo;
    }
}
