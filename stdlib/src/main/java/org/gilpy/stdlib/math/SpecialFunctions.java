package org.gilpy.stdlib.math;

/**
 * erf, erfc, gamma and lgamma, which Java's Math lacks. erf uses its Taylor series in
 * double-double precision near zero and erfc's continued fraction further out; gamma and lgamma use a Lanczos
 * approximation (g = 7, nine terms) with the reflection formula for small arguments, exact
 * factorials for small positive integers, and CPython's domain and range errors.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double SQRT_PI = 1.7724538509055160273;
    private static final double LOG_PI = 1.1447298858494002;
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    };
    private static final double[] FACTORIALS = new double[23];

    static {
        FACTORIALS[0] = 1;
        for (int i = 1; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = FACTORIALS[i - 1] * i;
        }
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a <= SERIES_LIMIT) {
            double[] e = erfSeries(a);
            return Math.copySign(e[0] + e[1], x);
        }
        if (a > 6) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(1 - erfcFraction(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            return 1 - erf(x);
        }
        if (x <= SERIES_LIMIT) {
            double[] e = erfSeries(x);
            double hi = 1 - e[0];
            return hi + ((1 - hi) - e[0] - e[1]);
        }
        if (x > 27.3) {
            return 0.0;
        }
        return erfcFraction(x);
    }

    /** Up to here the alternating series in double-double keeps erfc's relative error far below an ulp. */
    private static final double SERIES_LIMIT = 3.5;
    private static final double TWO_OVER_SQRT_PI_HI = 1.1283791670955126;
    private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;

    /**
     * erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)) for 0 <= x <= SERIES_LIMIT, summed
     * in double-double (the terms grow before they shrink, so plain doubles would cancel badly).
     * Returns {hi, lo}.
     */
    private static double[] erfSeries(double x) {
        double x2 = x * x;
        double x2lo = Math.fma(x, x, -x2);
        double th = x;
        double tl = 0;
        double sh = x;
        double sl = 0;
        for (int n = 1; n < 120; n++) {
            // t *= -x^2 / n
            double ph = th * x2;
            double pl = Math.fma(th, x2, -ph) + th * x2lo + tl * x2;
            double qh = ph / n;
            double ql = (Math.fma(-qh, n, ph) + pl) / n;
            th = -qh;
            tl = -ql;
            // s += t / (2n+1)
            int d = 2 * n + 1;
            double uh = th / d;
            double ul = (Math.fma(-uh, d, th) + tl) / d;
            double h = sh + uh;
            double err = twoSumError(sh, uh, h) + sl + ul;
            sh = h + err;
            sl = err - (sh - h);
            if (Math.abs(uh) < 1e-34 * Math.abs(sh)) {
                break;
            }
        }
        double rh = sh * TWO_OVER_SQRT_PI_HI;
        double rl = Math.fma(sh, TWO_OVER_SQRT_PI_HI, -rh) + sh * TWO_OVER_SQRT_PI_LO + sl * TWO_OVER_SQRT_PI_HI;
        double h = rh + rl;
        return new double[] {h, rl - (h - rh)};
    }

    private static double twoSumError(double a, double b, double sum) {
        double bv = sum - a;
        double av = sum - bv;
        return (a - av) + (b - bv);
    }

    /** exp(-x*x) with the square's rounding error folded back in. */
    private static double expMinusSquare(double x) {
        double sq = x * x;
        double err = Math.fma(x, x, -sq);
        return Math.exp(-sq) * (1 - err);
    }

    /** erfc(x) for x > SERIES_LIMIT by its continued fraction (modified Lentz). */
    private static double erfcFraction(double x) {
        // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 5000; n++) {
            double an = n / 2.0;
            d = x + an * d;
            d = d == 0 ? tiny : d;
            c = x + an / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-17) {
                break;
            }
        }
        return expMinusSquare(x) / (SQRT_PI * f);
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw MathModule.domainError();
        }
        if (x == Math.rint(x)) {
            if (x <= 0) {
                throw MathModule.domainError();
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        if (x > 171.7) {
            throw MathModule.rangeError();
        }
        if (x < 0.5) {
            double s = sinPi(x);
            double r = Math.PI / (s * gammaPositive(1 - x));
            if (Double.isInfinite(r)) {
                throw MathModule.rangeError();
            }
            return r;
        }
        double r = gammaPositive(x);
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }

    /**
     * Lanczos for x >= 0.5. t = z + g + 1/2 is rounded; its rounding error is put back into the
     * power and the exponential to first order (it would otherwise cost ~x ulps). The power is
     * taken in two halves so that large x does not overflow before exp(-t) scales it down.
     */
    private static double gammaPositive(double x) {
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double base = z + LANCZOS_G;
        double t = base + 0.5;
        double tErr = twoSumError(base, 0.5, t) + twoSumError(z, LANCZOS_G, base);
        double power = z + 0.5;
        double correction = 1 + power * tErr / t - tErr;
        double half = Math.pow(t, power / 2);
        return Math.sqrt(2 * Math.PI) * half * (half * Math.exp(-t)) * sum * correction;
    }

    /** sin(pi*x), reducing x exactly first so that it is accurate near the integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2 * y);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.rint(x) && x <= 0) {
            throw MathModule.domainError();
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (x < 0.5) {
            // reflection: |gamma(x)| = pi / |sin(pi x)| / gamma(1 - x)
            double s = Math.abs(sinPi(x));
            return LOG_PI - Math.log(s) - lgamma(1 - x);
        }
        if (x < 170) {
            return Math.log(Math.abs(gammaPositive(x)));
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        double r = 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return r;
    }
}
