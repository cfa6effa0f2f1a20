package org.gilpy.stdlib.random;

import java.math.BigInteger;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The methods of {@code random.Random} built on {@code random()} and {@code getrandbits()}:
 * integer choice, sequences and the continuous distributions. Each follows the algorithm of
 * CPython 3.11's {@code random.py} step for step (the same draws in the same order), which is
 * what makes seeded sequences identical.
 */
final class Distributions {
    private Distributions() {}

    private static final double TWOPI = 2 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);
    private static final int BPF = 53;

    static void define(PyType t) {
        t.methodVar("randrange", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("randrange", args, kw, new String[] {"start", "stop", "step"}, 1,
                    null, PyNone.NONE, null);
            return randrange(self, p[0], p[1], p[2]);
        });
        t.method("randint", (self, a, b) -> randrange(self, a, Abstract.binaryOp(b, PyInt.of(1), Abstract.NB_ADD), null));
        t.method("_randbelow", (self, n) -> randbelow(self, Abstract.indexInt(n)));
        t.method("choice", (self, seq) -> {
            PyInt n = length(seq);
            if (n.signum() == 0) {
                throw PyExc.indexError("Cannot choose from an empty sequence");
            }
            return Abstract.getItem(seq, randbelow(self, n));
        });
        t.method("shuffle", (self, x) -> {
            if (x.getClass() == PyList.class) {
                PyObject[] items = ((PyList) x).backing();
                for (int i = ((PyList) x).size() - 1; i > 0; i--) {
                    int j = (int) ((PyInt) randbelow(self, PyInt.of(i + 1))).v;
                    PyObject swap = items[i];
                    items[i] = items[j];
                    items[j] = swap;
                }
                return PyNone.NONE;
            }
            for (int i = Abstract.len(x) - 1; i > 0; i--) {
                PyObject j = randbelow(self, PyInt.of(i + 1));
                PyObject pi = PyInt.of(i);
                PyObject xi = Abstract.getItem(x, pi);
                PyObject xj = Abstract.getItem(x, j);
                Abstract.setItem(x, pi, xj);
                Abstract.setItem(x, j, xi);
            }
            return PyNone.NONE;
        });
        t.methodVar("sample", Distributions::sample);
        t.methodVar("choices", Distributions::choices);
        t.method("randbytes", (self, n) -> {
            long count = Abstract.index(n);
            if (count < 0) {
                throw PyExc.valueError("number of bits must be non-negative");
            }
            BigInteger bits = getrandbitsBig(self, count * 8);
            byte[] out = new byte[(int) count];
            byte[] be = bits.toByteArray();
            for (int i = 0; i < out.length && i < be.length; i++) {
                out[i] = be[be.length - 1 - i];
            }
            return new PyBytes(out);
        });
        t.method("uniform", (self, a, b) -> {
            double lo = toDouble(a);
            return new PyFloat(lo + (toDouble(b) - lo) * random(self));
        });
        t.methodVar("triangular", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("triangular", args, kw, new String[] {"low", "high", "mode"}, 0,
                    new PyFloat(0.0), new PyFloat(1.0), PyNone.NONE);
            double u = random(self);
            double low = toDouble(p[0]);
            double high = toDouble(p[1]);
            double c;
            if (p[2] == PyNone.NONE) {
                c = 0.5;
            } else {
                if (high == low) {
                    return p[0];
                }
                c = (toDouble(p[2]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double swap = low;
                low = high;
                high = swap;
            }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
        t.methodVar("normalvariate", (self, args, kw) -> {
            double[] p = muSigma("normalvariate", args, kw);
            return new PyFloat(p[0] + normal(self) * p[1]);
        });
        t.methodVar("lognormvariate", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("lognormvariate", args, kw, new String[] {"mu", "sigma"}, 2);
            return new PyFloat(Math.exp(toDouble(p[0]) + normal(self) * toDouble(p[1])));
        });
        t.methodVar("gauss", (self, args, kw) -> {
            double[] p = muSigma("gauss", args, kw);
            PyRandom r = (PyRandom) self;
            double z;
            if (r.gaussNext == PyNone.NONE) {
                double x2pi = random(self) * TWOPI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random(self)));
                z = Math.cos(x2pi) * g2rad;
                r.gaussNext = new PyFloat(Math.sin(x2pi) * g2rad);
            } else {
                z = toDouble(r.gaussNext);
                r.gaussNext = PyNone.NONE;
            }
            return new PyFloat(p[0] + z * p[1]);
        });
        t.method("expovariate", (self, lambd) -> {
            double l = toDouble(lambd);
            double u = random(self);
            if (l == 0) {
                throw PyExc.zeroDivisionError("float division by zero");
            }
            return new PyFloat(-Math.log(1.0 - u) / l);
        });
        t.method("vonmisesvariate", (self, mu, kappa) -> new PyFloat(vonmises(self, toDouble(mu), toDouble(kappa))));
        t.methodVar("gammavariate", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("gammavariate", args, kw, new String[] {"alpha", "beta"}, 2);
            return new PyFloat(gamma(self, toDouble(p[0]), toDouble(p[1])));
        });
        t.method("betavariate", (self, alpha, beta) -> {
            double y = gamma(self, toDouble(alpha), 1.0);
            if (y == 0) {
                return new PyFloat(0.0);
            }
            return new PyFloat(y / (y + gamma(self, toDouble(beta), 1.0)));
        });
        t.method("paretovariate", (self, alpha) -> {
            double u = 1.0 - random(self);
            return new PyFloat(pow(u, -1.0 / toDouble(alpha)));
        });
        t.method("weibullvariate", (self, alpha, beta) -> {
            double u = 1.0 - random(self);
            return new PyFloat(toDouble(alpha) * pow(-Math.log(u), 1.0 / toDouble(beta)));
        });
    }

    private static double pow(double x, double y) {
        return Abstract.asDouble(Abstract.binaryOp(new PyFloat(x), new PyFloat(y), Abstract.NB_POWER));
    }

    private static double toDouble(PyObject o) {
        return Abstract.asDouble(o);
    }

    private static double[] muSigma(String name, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse(name, args, kw, new String[] {"mu", "sigma"}, 0, new PyFloat(0.0),
                new PyFloat(1.0));
        return new double[] {toDouble(p[0]), toDouble(p[1])};
    }

    /** len(seq) as an int object, so that sequences longer than a Java int (big ranges) work. */
    private static PyInt length(PyObject seq) {
        if (seq instanceof PyList || seq instanceof org.gilpy.objects.PyTuple || seq instanceof PyStr) {
            return PyInt.of(Abstract.len(seq));
        }
        PyObject len = seq.type().lookup(PyStr.intern("__len__"));
        if (len == null) {
            throw PyExc.typeError("object of type '%s' has no len()", seq.type().name);
        }
        return Abstract.indexInt(Abstract.callPrepended(len, seq));
    }

    // ---- the two primitives, through a subclass's overrides when there are any ----

    static double random(PyObject self) {
        if (self.type() == PyRandom.TYPE) {
            return ((PyRandom) self).nextDouble();
        }
        return toDouble(Abstract.invoke(self, PyRandom.RANDOM));
    }

    private static BigInteger getrandbitsBig(PyObject self, long k) {
        if (self.type() == PyRandom.TYPE || self.type() == PyRandom.SYSTEM_TYPE) {
            return ((PyRandom) self).nextBits((int) k);
        }
        return Abstract.indexInt(Abstract.invoke(self, PyRandom.GETRANDBITS, PyInt.of(k))).bigValue();
    }

    /** Which primitive {@code _randbelow} uses for this class, decided as CPython's __init_subclass__ does. */
    private enum Below { GETRANDBITS, RANDOM, OVERRIDDEN }

    private static Below belowKind(PyType type) {
        for (PyType c : type.mro()) {
            PyDict d = c.getDict();
            if (d.getItem(PyStr.intern("_randbelow")) != null && c.isHeapType) {
                return Below.OVERRIDDEN;
            }
            if (d.getItem(PyRandom.GETRANDBITS) != null) {
                return Below.GETRANDBITS;
            }
            if (d.getItem(PyRandom.RANDOM) != null) {
                return Below.RANDOM;
            }
        }
        return Below.GETRANDBITS;
    }

    /** A random int in [0, n), n > 0. */
    static PyObject randbelow(PyObject self, PyInt n) {
        PyType type = self.type();
        if (type == PyRandom.TYPE) {
            MersenneTwister mt = ((PyRandom) self).mt;
            if (!n.isBig()) {
                long limit = n.v;
                int k = 64 - Long.numberOfLeadingZeros(limit);
                long r = mt.nextBitsLong(k);
                while (r >= limit) {
                    r = mt.nextBitsLong(k);
                }
                return PyInt.of(r);
            }
            return bigBelow(self, n.big);
        }
        switch (belowKind(type)) {
            case OVERRIDDEN:
                return Abstract.invoke(self, PyStr.intern("_randbelow"), n);
            case RANDOM:
                return belowWithoutGetrandbits(self, n);
            default:
                return bigBelow(self, n.bigValue());
        }
    }

    private static PyObject bigBelow(PyObject self, BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbitsBig(self, k);
        while (r.compareTo(n) >= 0) {
            r = getrandbitsBig(self, k);
        }
        return PyInt.of(r);
    }

    private static PyObject belowWithoutGetrandbits(PyObject self, PyInt n) {
        double maxsize = 0x1p53;
        if (n.bigValue().bitLength() > BPF) {
            double r = Math.floor(random(self) * n.doubleValue());
            return PyInt.of(new java.math.BigDecimal(r).toBigInteger());
        }
        long nv = n.v;
        long rem = (1L << BPF) % nv;
        double limit = ((1L << BPF) - rem) / maxsize;
        double r = random(self);
        while (r >= limit) {
            r = random(self);
        }
        return PyInt.of(((long) Math.floor(r * maxsize)) % nv);
    }

    // ---- integers ----

    private static PyInt indexArg(PyObject v, String which) {
        try {
            return Abstract.indexInt(v);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            double d = v instanceof PyFloat f ? f.v : Double.NaN;
            if (d != Math.floor(d) || Double.isInfinite(d)) {
                throw PyExc.valueError("non-integer %s for randrange()", which);
            }
            return (PyInt) Abstract.call(PyInt.TYPE, v);
        }
    }

    static PyObject randrange(PyObject self, PyObject start, PyObject stop, PyObject step) {
        PyInt istart = indexArg(start, "arg 1");
        if (stop == PyNone.NONE) {
            if (step != null && !(step instanceof PyInt one && !one.isBig() && one.v == 1)) {
                throw PyExc.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return randbelow(self, istart);
            }
            throw PyExc.valueError("empty range for randrange()");
        }
        PyInt istop = indexArg(stop, "stop");
        PyInt width = PyInt.sub(istop, istart);
        PyInt istep = step == null ? PyInt.of(1) : indexArg(step, "step");
        if (istep.signum() > 0 && !istep.isBig() && istep.v == 1) {
            if (width.signum() > 0) {
                return PyInt.add(istart, (PyInt) randbelow(self, width));
            }
            throw PyExc.valueError("empty range for randrange() (%s, %s, %s)", istart, istop, width);
        }
        PyInt n;
        if (istep.signum() > 0) {
            n = PyInt.floorDiv(PyInt.sub(PyInt.add(width, istep), PyInt.of(1)), istep);
        } else if (istep.signum() < 0) {
            n = PyInt.floorDiv(PyInt.add(PyInt.add(width, istep), PyInt.of(1)), istep);
        } else {
            throw PyExc.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PyExc.valueError("empty range for randrange()");
        }
        return PyInt.add(istart, PyInt.mul(istep, (PyInt) randbelow(self, n)));
    }

    // ---- sequences ----

    private static boolean isSequence(PyObject o) {
        if (o instanceof PyDict || o instanceof PySet) {
            return false;
        }
        return o.type().lookup(PyStr.intern("__getitem__")) != null && o.type().lookup(PyStr.intern("__len__")) != null;
    }

    private static PyObject sample(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("sample", args, kw, new String[] {"population", "k", "counts"}, 2,
                null, null, PyNone.NONE);
        PyObject population = p[0];
        if (!isSequence(population)) {
            throw PyExc.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = Abstract.len(population);
        if (p[2] != PyNone.NONE) {
            return sampleCounted(self, population, n, p[1], p[2]);
        }
        long k = Abstract.index(p[1]);
        if (k < 0 || k > n) {
            throw PyExc.valueError("Sample larger than population or is negative");
        }
        PyObject[] result = new PyObject[(int) k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            PyObject[] pool = Abstract.toArray(population);
            for (int i = 0; i < k; i++) {
                int j = (int) ((PyInt) randbelow(self, PyInt.of(n - i))).v;
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            PyInt size = PyInt.of(n);
            for (int i = 0; i < k; i++) {
                long j = ((PyInt) randbelow(self, size)).v;
                while (selected.contains(j)) {
                    j = ((PyInt) randbelow(self, size)).v;
                }
                selected.add(j);
                result[i] = Abstract.getItem(population, PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    private static PyObject sampleCounted(PyObject self, PyObject population, int n, PyObject k, PyObject counts) {
        PyObject[] cum = accumulate(counts);
        if (cum.length != n) {
            throw PyExc.valueError("The number of counts does not match the population");
        }
        if (n == 0) {
            throw PyExc.indexError("pop from empty list");
        }
        PyObject total = cum[n - 1];
        if (!(total instanceof PyInt totalInt)) {
            throw PyExc.typeError("Counts must be integers");
        }
        if (totalInt.signum() <= 0) {
            throw PyExc.valueError("Total of counts must be greater than zero");
        }
        PyObject range = Abstract.call(org.gilpy.objects.PyRange.TYPE, totalInt);
        PyList selections = (PyList) sample(self, new PyObject[] {range, k}, null);
        PyObject[] out = new PyObject[selections.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Abstract.getItem(population, PyInt.of(bisectRight(cum, n - 1, selections.get(i), 0, n - 1)));
        }
        return new PyList(out);
    }

    private static PyObject[] accumulate(PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        for (int i = 1; i < items.length; i++) {
            items[i] = Abstract.binaryOp(items[i - 1], items[i], Abstract.NB_ADD);
        }
        return items;
    }

    /** bisect.bisect_right(a[:size], x, lo, hi). */
    private static int bisectRight(PyObject[] a, int size, PyObject x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Abstract.lessThan(x, a[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject choices(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("choices", args, kw, new String[] {"population", "weights", "cum_weights", "k"},
                1, null, PyNone.NONE, PyNone.NONE, PyInt.of(1));
        PyObject population = p[0];
        int n = Abstract.len(population);
        long k = Abstract.index(p[3]);
        PyObject[] out = new PyObject[(int) Math.max(0, k)];
        PyObject[] cum;
        if (p[2] == PyNone.NONE) {
            if (p[1] == PyNone.NONE) {
                double size = n;
                for (int i = 0; i < out.length; i++) {
                    out[i] = Abstract.getItem(population, PyInt.of((long) Math.floor(random(self) * size)));
                }
                return new PyList(out);
            }
            if (p[1] instanceof PyInt weightsAsK) {
                throw PyExc.typeError("The number of choices must be a keyword argument: k=%s", weightsAsK);
            }
            cum = accumulate(p[1]);
        } else if (p[1] != PyNone.NONE) {
            throw PyExc.typeError("Cannot specify both weights and cumulative weights");
        } else {
            cum = Abstract.toArray(p[2]);
        }
        if (cum.length != n) {
            throw PyExc.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw PyExc.indexError("list index out of range");
        }
        double total = toDouble(Abstract.binaryOp(cum[n - 1], new PyFloat(0.0), Abstract.NB_ADD));
        if (total <= 0.0) {
            throw PyExc.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PyExc.valueError("Total of weights must be finite");
        }
        int hi = n - 1;
        double[] fast = asDoubles(cum);
        for (int i = 0; i < out.length; i++) {
            double x = random(self) * total;
            int idx;
            if (fast != null) {
                int lo = 0;
                int h = hi;
                while (lo < h) {
                    int mid = (lo + h) >>> 1;
                    if (x < fast[mid]) {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                idx = lo;
            } else {
                idx = bisectRight(cum, n, new PyFloat(x), 0, hi);
            }
            out[i] = Abstract.getItem(population, PyInt.of(idx));
        }
        return new PyList(out);
    }

    /** Cumulative weights as doubles when they are all plain ints and floats (exact comparisons). */
    private static double[] asDoubles(PyObject[] cum) {
        double[] d = new double[cum.length];
        for (int i = 0; i < cum.length; i++) {
            if (cum[i] instanceof PyFloat f) {
                d[i] = f.v;
            } else if (cum[i] instanceof PyInt in && !in.isBig() && Math.abs(in.v) < (1L << 53)) {
                d[i] = in.v;
            } else {
                return null;
            }
        }
        return d;
    }

    // ---- continuous distributions ----

    private static double normal(PyObject self) {
        while (true) {
            double u1 = random(self);
            double u2 = 1.0 - random(self);
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                return z;
            }
        }
    }

    private static double vonmises(PyObject self, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * random(self);
        }
        double s = 0.5 / kappa;
        double r = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = random(self);
            z = Math.cos(Math.PI * u1);
            double d = z / (r + z);
            double u2 = random(self);
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) {
                break;
            }
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double u3 = random(self);
        double theta = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
        return pyMod(theta, TWOPI);
    }

    /** Python's float %, whose result takes the divisor's sign. */
    private static double pyMod(double a, double b) {
        double m = a % b;
        if (m != 0 && (m < 0) != (b < 0)) {
            m += b;
        }
        return m;
    }

    private static double gamma(PyObject self, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PyExc.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = random(self);
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random(self);
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -Math.log(1.0 - random(self)) * beta;
        }
        double x;
        while (true) {
            double u = random(self);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) {
                x = pow(p, 1.0 / alpha);
            } else {
                x = -Math.log((b - p) / alpha);
            }
            double u1 = random(self);
            if (p > 1.0) {
                if (u1 <= pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }
}
