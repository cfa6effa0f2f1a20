package org.gilpy.objects;

/** {@code range(start, stop, step)} over longs (big bounds are rejected as CPython's C long would). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            Builtin.noKeywords("range", kw);
            int n = args.length - 1;
            if (n < 1 || n > 3) {
                throw PyExc.typeError(n < 1 ? "range expected at least 1 argument, got %d"
                        : "range expected at most 3 arguments, got %d", n);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (n == 1) {
                stop = Abstract.index(args[1]);
            } else {
                start = Abstract.index(args[1]);
                stop = Abstract.index(args[2]);
                if (n == 3) {
                    step = Abstract.index(args[3]);
                    if (step == 0) {
                        throw PyExc.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            return new PyRange(start, stop, step);
        });
        t.method("__len__", r -> PyInt.of(((PyRange) r).length()));
        t.method("__iter__", r -> ((PyRange) r).iterator());
        t.method("__reversed__", r -> {
            PyRange g = (PyRange) r;
            long n = g.length();
            return new PyRange(g.start + (n - 1) * g.step, g.start - g.step, -g.step).iterator();
        });
        t.method("__getitem__", (r, idx) -> {
            PyRange g = (PyRange) r;
            if (idx instanceof PySlice sl) {
                int[] ix = sl.indices((int) g.length());
                return new PyRange(g.start + ix[0] * g.step, g.start + ix[1] * g.step, g.step * ix[2]);
            }
            long i = Abstract.index(idx);
            long n = g.length();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExc.indexError("range object index out of range");
            }
            return PyInt.of(g.start + i * g.step);
        });
        t.method("__contains__", (r, x) -> PyBool.of(((PyRange) r).contains(x)));
        t.method("__repr__", r -> {
            PyRange g = (PyRange) r;
            return PyStr.of("range(" + g.start + ", " + g.stop + (g.step == 1 ? "" : ", " + g.step) + ")");
        });
        t.method("__eq__", (a, b) -> b instanceof PyRange rb ? PyBool.of(((PyRange) a).sameAs(rb)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", a -> PyInt.of(PyTuple.of(PyInt.of(((PyRange) a).length()), PyInt.of(((PyRange) a).start),
                PyInt.of(((PyRange) a).step)).pyHash()));
        t.method("__bool__", r -> PyBool.of(((PyRange) r).length() > 0));
        t.method("index", (r, x) -> {
            PyRange g = (PyRange) r;
            if (!g.contains(x)) {
                throw PyExc.valueError("%s is not in range", Abstract.repr(x).value);
            }
            return PyInt.of((((PyInt) x).v - g.start) / g.step);
        });
        t.method("count", (r, x) -> PyInt.of(((PyRange) r).contains(x) ? 1 : 0));
        t.getter("start", r -> PyInt.of(((PyRange) r).start));
        t.getter("stop", r -> PyInt.of(((PyRange) r).stop));
        t.getter("step", r -> PyInt.of(((PyRange) r).step));
    });

    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    private boolean contains(PyObject x) {
        if (!(x instanceof PyInt i) || i.big != null) {
            if (x instanceof PyInt) {
                return false;
            }
            PyObject it = iterator();
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (Abstract.eqBool(v, x)) {
                    return true;
                }
            }
            return false;
        }
        long v = i.v;
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return false;
        }
        return (v - start) % step == 0;
    }

    private boolean sameAs(PyRange o) {
        long n = length();
        if (n != o.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        return start == o.start && (n == 1 || step == o.step);
    }

    public PyIterator iterator() {
        return new RangeIter(start, step, length());
    }

    /** Iterates a range without touching the int cache beyond PyInt.of. */
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
}
