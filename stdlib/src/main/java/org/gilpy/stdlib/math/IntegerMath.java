package org.gilpy.stdlib.math;

import java.math.BigInteger;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/** The exact integer functions of {@code math}: factorial, gcd, lcm, comb, perm, isqrt, prod. */
final class IntegerMath {
    private IntegerMath() {}

    static void define(PyModule m) {
        m.function("factorial", Builtin.of("factorial", (self, n) -> factorial(n)));
        m.function("gcd", (self, args, kw) -> {
            Builtin.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) {
                g = g.gcd(Abstract.indexInt(a).bigValue());
            }
            return PyInt.of(g);
        });
        m.function("lcm", (self, args, kw) -> {
            Builtin.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger b = Abstract.indexInt(a).bigValue();
                if (l.signum() == 0 || b.signum() == 0) {
                    l = BigInteger.ZERO;
                } else {
                    l = l.divide(l.gcd(b)).multiply(b).abs();
                }
            }
            return PyInt.of(l);
        });
        m.function("comb", Builtin.of("comb", (self, n, k) -> comb(n, k)));
        m.function("perm", (self, args, kw) -> {
            Builtin.noKeywords("perm", kw);
            Builtin.range("perm", args, 1, 2);
            if (args.length == 1 || args[1] == PyNone.NONE) {
                return factorial(args[0]);
            }
            long[] nk = checkNK(args[0], args[1]);
            if (nk == null) {
                return PyInt.of(0);
            }
            return PyInt.of(product(nk[0] - nk[1] + 1, nk[0]));
        });
        m.function("isqrt", Builtin.of("isqrt", (self, n) -> {
            PyInt i = Abstract.indexInt(n);
            if (i.signum() < 0) {
                throw PyExc.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(i.bigValue().sqrt());
        }));
        m.function("prod", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("prod", args, kw, new String[] {"iterable", "start"}, 1, null, PyInt.of(1));
            PyObject acc = p[1];
            PyObject it = Abstract.iter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.binaryOp(acc, x, Abstract.NB_MULTIPLY);
            }
            return acc;
        });
    }

    private static PyObject factorial(PyObject arg) {
        PyInt n = Abstract.indexInt(arg);
        if (n.signum() < 0) {
            throw PyExc.valueError("factorial() not defined for negative values");
        }
        if (n.isBig()) {
            throw PyExc.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(product(1, n.v));
    }

    /** lo * (lo+1) * ... * hi (1 when empty), splitting in halves so the big multiplications balance. */
    static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / Math.max(i, 1)) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** Validates comb/perm arguments; null when k > n (the result is 0). */
    private static long[] checkNK(PyObject nObj, PyObject kObj) {
        PyInt n = Abstract.indexInt(nObj);
        PyInt k = Abstract.indexInt(kObj);
        if (n.signum() < 0) {
            throw PyExc.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyExc.valueError("k must be a non-negative integer");
        }
        if (PyInt.compare(k, n) > 0) {
            return null;
        }
        if (n.isBig()) {
            throw PyExc.overflowError("n must not exceed %d", Long.MAX_VALUE);
        }
        return new long[] {n.v, k.v};
    }

    private static PyObject comb(PyObject nObj, PyObject kObj) {
        long[] nk = checkNK(nObj, kObj);
        if (nk == null) {
            return PyInt.of(0);
        }
        long n = nk[0];
        long k = Math.min(nk[1], n - nk[1]);
        if (k <= 60) {
            BigInteger r = BigInteger.ONE;
            for (long i = 1; i <= k; i++) {
                r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        }
        return PyInt.of(product(n - k + 1, n).divide(product(1, k)));
    }
}
