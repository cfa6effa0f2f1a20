package org.gilpy.stdlib.math;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;

/**
 * Sums that must not lose precision: {@code fsum} (exact, Shewchuk's non-overlapping partials,
 * rounded half-even once at the end) and the Euclidean norm behind {@code hypot} and {@code dist}
 * (squares accumulated in double-double, then a square root with one correction step).
 */
final class FloatSums {
    private FloatSums() {}

    static void define(PyModule m) {
        m.function("fsum", Builtin.of("fsum", (self, it) -> new PyFloat(fsum(it))));
        m.function("hypot", (self, args, kw) -> {
            Builtin.noKeywords("hypot", kw);
            double[] v = new double[args.length];
            for (int i = 0; i < args.length; i++) {
                v[i] = MathModule.toDouble(args[i]);
            }
            return new PyFloat(norm(v));
        });
        m.function("dist", Builtin.of("dist", (self, p, q) -> {
            PyObject[] ps = coordinates(p);
            PyObject[] qs = coordinates(q);
            if (ps.length != qs.length) {
                throw PyExc.valueError("both points must have the same number of dimensions");
            }
            double[] d = new double[ps.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = MathModule.toDouble(ps[i]) - MathModule.toDouble(qs[i]);
            }
            return new PyFloat(norm(d));
        }));
    }

    private static PyObject[] coordinates(PyObject point) {
        if (point instanceof PyTuple t) {
            return t.items;
        }
        return Abstract.toArray(point);
    }

    static double fsum(PyObject iterable) {
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0;
        double infSum = 0;
        PyObject it = Abstract.iter(iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = MathModule.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (!Double.isFinite(x)) {
                // an infinity or NaN among the inputs, or overflow of finite inputs
                if (Double.isFinite(xsave)) {
                    throw PyExc.overflowError("intermediate overflow in fsum");
                }
                if (Double.isInfinite(xsave)) {
                    infSum += xsave;
                }
                specialSum += xsave;
                n = 0;
            } else {
                if (n == partials.length) {
                    partials = Arrays.copyOf(partials, n * 2);
                }
                partials[n++] = x;
            }
        }
        if (specialSum != 0) {
            if (Double.isNaN(infSum)) {
                throw PyExc.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        return roundPartials(partials, n);
    }

    /** The correctly rounded sum of non-overlapping partials in increasing magnitude. */
    private static double roundPartials(double[] partials, int n) {
        if (n == 0) {
            return 0.0;
        }
        double hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0) {
                break;
            }
        }
        // half-way case: the rest of the partials decide the direction of rounding
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }

    /** sqrt(sum(x*x)) without overflow or avoidable rounding: inf wins over NaN, as in C's hypot. */
    static double norm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            double a = Math.abs(x);
            if (Double.isNaN(a)) {
                nan = true;
            } else if (a > max) {
                max = a;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(max * 0x1p54) - 54;
        }
        double hi = 0;
        double lo = 0;
        for (double x : v) {
            double s = Math.scalb(Math.abs(x), -e);
            double sq = s * s;
            double sqErr = Math.fma(s, s, -sq);
            double sum = hi + sq;
            double bv = sum - hi;
            lo += (hi - (sum - bv)) + (sq - bv) + sqErr;
            hi = sum;
        }
        double total = hi + lo;
        lo -= total - hi;
        double h = Math.sqrt(total);
        double hh = h * h;
        double residual = (total - hh) - Math.fma(h, h, -hh) + lo;
        h += residual / (2 * h);
        return Math.scalb(h, e);
    }
}
