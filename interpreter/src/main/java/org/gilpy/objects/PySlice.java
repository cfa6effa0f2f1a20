package org.gilpy.objects;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            Builtin.noKeywords("slice", kw);
            Builtin.range("slice", args, 2, 4);
            if (args.length == 2) {
                return new PySlice(PyNone.NONE, args[1], PyNone.NONE);
            }
            return new PySlice(args[1], args[2], args.length == 4 ? args[3] : PyNone.NONE);
        });
        t.getter("start", s -> ((PySlice) s).start);
        t.getter("stop", s -> ((PySlice) s).stop);
        t.getter("step", s -> ((PySlice) s).step);
        t.method("indices", (s, n) -> {
            int[] r = ((PySlice) s).indices((int) Abstract.index(n));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        t.method("__repr__", s -> PyStr.of("slice(" + Abstract.repr(((PySlice) s).start).value + ", "
                + Abstract.repr(((PySlice) s).stop).value + ", " + Abstract.repr(((PySlice) s).step).value + ")"));
        t.method("__eq__", (a, b) -> b instanceof PySlice o ? PyBool.of(((PySlice) a).asTuple().equals(o.asTuple()))
                : PyNotImplemented.NOT_IMPLEMENTED);
        t.def("__hash__", PyNone.NONE);
        t.method("__reduce__", s -> PyTuple.of(s.type(), ((PySlice) s).asTuple()));
    });

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    /** {start, stop, step, slicelength} for a sequence of the given length, as PySlice_AdjustIndices. */
    public int[] indices(int len) {
        long st = step == PyNone.NONE ? 1 : Abstract.index(step);
        if (st == 0) {
            throw PyExc.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : adjust(Abstract.index(start), len, 0, len);
            hi = stop == PyNone.NONE ? len : adjust(Abstract.index(stop), len, 0, len);
        } else {
            lo = start == PyNone.NONE ? len - 1 : adjust(Abstract.index(start), len, -1, len - 1);
            hi = stop == PyNone.NONE ? -1 : adjust(Abstract.index(stop), len, -1, len - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new int[] {(int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), Integer.MIN_VALUE + 1),
            (int) n};
    }

    private static long adjust(long i, int len, long min, long max) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                return min;
            }
        }
        return Math.min(i, max);
    }
}
