package org.gilpy.objects;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)} with arbitrary-precision bounds, as CPython's. The common
 * case, where the bounds and the length fit a long, iterates and indexes in long arithmetic.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyBaseObject.TYPE, PyRange::define);

    private final PyInt start;
    private final PyInt stop;
    private final PyInt step;
    private final PyInt length;
    /** All of start, step and length fit a long (and so does every element). */
    private final boolean small;

    private PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.small = start.big == null && step.big == null && length.big == null
                && start.bigValue().add(step.bigValue().multiply(length.bigValue())).bitLength() < 63;
    }

    public PyRange(long start, long stop, long step) {
        this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (lo.big == null && hi.big == null && step.big == null) {
            long a = lo.v;
            long b = hi.v;
            long s = step.v;
            if (Math.abs(a) < (1L << 61) && Math.abs(b) < (1L << 61) && Math.abs(s) < (1L << 61)) {
                return PyInt.of(s > 0 ? (a < b ? (b - a - 1) / s + 1 : 0) : (a > b ? (a - b - 1) / (-s) + 1 : 0));
            }
        }
        BigInteger a = lo.bigValue();
        BigInteger b = hi.bigValue();
        BigInteger s = step.bigValue();
        if (s.signum() < 0) {
            BigInteger t = a;
            a = b;
            b = t;
            s = s.negate();
        }
        if (a.compareTo(b) >= 0) {
            return PyInt.of(0);
        }
        return PyInt.of(b.subtract(a).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE));
    }

    private static PyInt arg(PyObject o) {
        return Abstract.indexInt(o);
    }

    private static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    /** start + i * step. */
    private PyInt item(PyInt i) {
        return PyInt.add(start, PyInt.mul(i, step));
    }

    private static void define(PyType t) {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            Builtin.noKeywords("range", kw);
            int n = args.length - 1;
            if (n < 1 || n > 3) {
                throw PyExc.typeError(n < 1 ? "range expected at least 1 argument, got %d"
                        : "range expected at most 3 arguments, got %d", n);
            }
            if (n == 1) {
                return new PyRange(PyInt.of(0), arg(args[1]), PyInt.of(1));
            }
            PyInt start = arg(args[1]);
            PyInt stop = arg(args[2]);
            PyInt step = n == 3 ? arg(args[3]) : PyInt.of(1);
            if (step.signum() == 0) {
                throw PyExc.valueError("range() arg 3 must not be zero");
            }
            return new PyRange(start, stop, step);
        });
        t.method("__len__", a -> {
            if (r(a).length.big != null) {
                throw PyExc.overflowError("Python int too large to convert to C ssize_t");
            }
            return r(a).length;
        });
        t.method("__bool__", a -> PyBool.of(r(a).length.signum() != 0));
        t.method("__iter__", a -> r(a).iterator(false));
        t.method("__reversed__", a -> r(a).iterator(true));
        t.method("__getitem__", (a, idx) -> idx instanceof PySlice sl ? r(a).slice(sl) : r(a).item(r(a).index(idx)));
        t.method("__contains__", (a, x) -> PyBool.of(r(a).contains(x)));
        t.method("__repr__", a -> PyStr.of("range(" + r(a).start.repr() + ", " + r(a).stop.repr()
                + (r(a).step.big == null && r(a).step.v == 1 ? "" : ", " + r(a).step.repr()) + ")"));
        t.method("__eq__", (a, b) -> b instanceof PyRange rb ? PyBool.of(r(a).sameAs(rb)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ne__", (a, b) -> b instanceof PyRange rb ? PyBool.of(!r(a).sameAs(rb)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", a -> {
            PyRange g = r(a);
            int n = g.length.signum() == 0 ? 0 : g.length.big == null && g.length.v == 1 ? 1 : 2;
            return PyInt.of(PyTuple.of(g.length, n == 0 ? PyNone.NONE : g.start, n < 2 ? PyNone.NONE : g.step).pyHash());
        });
        t.method("index", (a, x) -> {
            PyRange g = r(a);
            if (isInt(x)) {
                if (!g.containsInt((PyInt) x)) {
                    throw PyExc.valueError("%s is not in range", Abstract.repr(x).value);
                }
                return PyInt.floorDiv(PyInt.sub((PyInt) x, g.start), g.step);
            }
            long i = 0;
            PyObject it = g.iterator(false);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
                if (Abstract.eqBool(v, x)) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError("sequence.index(x): x not in sequence");
        });
        t.method("count", (a, x) -> {
            PyRange g = r(a);
            if (isInt(x)) {
                return PyInt.of(g.containsInt((PyInt) x) ? 1 : 0);
            }
            long n = 0;
            PyObject it = g.iterator(false);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (Abstract.eqBool(v, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.getter("start", a -> r(a).start);
        t.getter("stop", a -> r(a).stop);
        t.getter("step", a -> r(a).step);
        t.method("__reduce__", a -> PyTuple.of(TYPE, PyTuple.of(r(a).start, r(a).stop, r(a).step)));
    }

    /** Exact ints and bools are tested arithmetically; anything else by comparing each item. */
    private static boolean isInt(PyObject x) {
        return x.getClass() == PyInt.class || x instanceof PyBool;
    }

    private PyInt index(PyObject idx) {
        if (!(idx instanceof PyInt) && idx.type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("range indices must be integers or slices, not %s", idx.type().name);
        }
        PyInt i = Abstract.indexInt(idx);
        if (i.signum() < 0) {
            i = PyInt.add(i, length);
        }
        if (i.signum() < 0 || PyInt.compare(i, length) >= 0) {
            throw PyExc.indexError("range object index out of range");
        }
        return i;
    }

    /** range[slice] is a range (CPython's compute_slice over _PySlice_GetLongIndices). */
    private PyRange slice(PySlice sl) {
        BigInteger len = length.bigValue();
        BigInteger st = sl.step == PyNone.NONE ? BigInteger.ONE : arg(sl.step).bigValue();
        if (st.signum() == 0) {
            throw PyExc.valueError("slice step cannot be zero");
        }
        BigInteger lower = st.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = st.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = sl.start == PyNone.NONE ? (st.signum() < 0 ? upper : lower) : clamp(arg(sl.start), len, lower, upper);
        BigInteger hi = sl.stop == PyNone.NONE ? (st.signum() < 0 ? lower : upper) : clamp(arg(sl.stop), len, lower, upper);
        return new PyRange(item(PyInt.of(lo)), item(PyInt.of(hi)), PyInt.mul(step, PyInt.of(st)));
    }

    private static BigInteger clamp(PyInt i, BigInteger len, BigInteger lower, BigInteger upper) {
        BigInteger v = i.bigValue();
        if (v.signum() < 0) {
            return v.add(len).max(lower);
        }
        return v.min(upper);
    }

    private boolean contains(PyObject x) {
        if (isInt(x)) {
            return containsInt((PyInt) x);
        }
        PyObject it = iterator(false);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (v == x || Abstract.eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsInt(PyInt x) {
        if (length.signum() == 0) {
            return false;
        }
        boolean inBounds = step.signum() > 0
                ? PyInt.compare(x, start) >= 0 && PyInt.compare(x, stop) < 0
                : PyInt.compare(x, start) <= 0 && PyInt.compare(x, stop) > 0;
        return inBounds && PyInt.mod(PyInt.sub(x, start), step).signum() == 0;
    }

    private boolean sameAs(PyRange o) {
        if (PyInt.compare(length, o.length) != 0) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (PyInt.compare(start, o.start) != 0) {
            return false;
        }
        return (length.big == null && length.v == 1) || PyInt.compare(step, o.step) == 0;
    }

    public PyIterator iterator(boolean reversed) {
        if (small) {
            long n = length.v;
            return reversed ? new RangeIter(start.v + (n - 1) * step.v, -step.v, n) : new RangeIter(start.v, step.v, n);
        }
        BigInteger n = length.bigValue();
        BigInteger s = step.bigValue();
        return reversed
                ? new LongRangeIter(start.bigValue().add(n.subtract(BigInteger.ONE).multiply(s)), s.negate(), n)
                : new LongRangeIter(start.bigValue(), s, n);
    }

    /** Iterates a range in long arithmetic. */
    static final class RangeIter extends PyIterator {
        private static final PyType TYPE = PyIterator.newType("range_iterator");
        private long next;
        private final long step;
        private long remaining;

        RangeIter(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    /** Iterates a range whose items or length go beyond a long (CPython's longrange_iterator). */
    static final class LongRangeIter extends PyIterator {
        private static final PyType TYPE = PyIterator.newType("longrange_iterator");
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
