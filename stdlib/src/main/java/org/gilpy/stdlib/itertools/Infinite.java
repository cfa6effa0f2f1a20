package org.gilpy.stdlib.itertools;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** count, cycle and repeat: the iterators that may never end. */
final class Infinite {
    private Infinite() {}

    static final PyType COUNT = ItertoolsModule.iteratorType("count", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("count", java.util.Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"start", "step"}, 0, PyInt.of(0), PyInt.of(1));
        for (PyObject n : p) {
            if (!isNumber(n)) {
                throw PyExc.typeError("a number is required");
            }
        }
        return new Count(p[0], p[1]);
    }, t -> t.method("__repr__", self -> {
        Count c = (Count) self;
        String start = Abstract.repr(c.current()).value;
        if (c.step instanceof PyInt s && s.type() == PyInt.TYPE && !s.isBig() && s.v == 1) {
            return PyStr.of("count(" + start + ")");
        }
        return PyStr.of("count(" + start + ", " + Abstract.repr(c.step).value + ")");
    }));

    static final PyType CYCLE = ItertoolsModule.iteratorType("cycle", (unused, args, kw) -> {
        PyObject[] p = ItertoolsModule.positional("cycle", args, kw, 1, 1);
        return new Cycle(Abstract.iter(p[0]));
    }, null);

    static final PyType REPEAT = ItertoolsModule.iteratorType("repeat", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("repeat", java.util.Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"object", "times"}, 1, null, null);
        long times = p[1] == null ? -1 : Math.max(0, Abstract.index(p[1]));
        return new Repeat(p[0], times);
    }, t -> {
        t.method("__repr__", self -> {
            Repeat r = (Repeat) self;
            String obj = Abstract.repr(r.object).value;
            return PyStr.of(r.remaining < 0 ? "repeat(" + obj + ")" : "repeat(" + obj + ", " + r.remaining + ")");
        });
        t.method("__length_hint__", self -> {
            Repeat r = (Repeat) self;
            if (r.remaining < 0) {
                throw PyExc.typeError("len() of unsized object");
            }
            return PyInt.of(r.remaining);
        });
    });

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o.type().lookup(PyStr.intern("__index__")) != null || o.type().lookup(PyStr.intern("__float__")) != null
                || o.type().lookup(PyStr.intern("__add__")) != null;
    }

    /** count(): longs while they fit, then generic addition. */
    static final class Count extends PyIterator {
        private PyObject value;
        private final PyObject step;
        private long fast;
        private final long fastStep;
        private boolean isFast;

        Count(PyObject start, PyObject step) {
            this.value = start;
            this.step = step;
            this.isFast = start.getClass() == PyInt.class && step.getClass() == PyInt.class
                    && !((PyInt) start).isBig() && !((PyInt) step).isBig();
            this.fast = isFast ? ((PyInt) start).v : 0;
            this.fastStep = isFast ? ((PyInt) step).v : 0;
        }

        @Override
        public PyType type() {
            return COUNT;
        }

        PyObject current() {
            return isFast ? PyInt.of(fast) : value;
        }

        @Override
        public PyObject next() {
            if (isFast) {
                long v = fast;
                long n = v + fastStep;
                if (((v ^ n) & (fastStep ^ n)) < 0) {
                    isFast = false;
                    value = PyInt.add(PyInt.of(v), PyInt.of(fastStep));
                } else {
                    fast = n;
                }
                return PyInt.of(v);
            }
            PyObject v = value;
            value = Abstract.binaryOp(v, step, Abstract.NB_ADD);
            return v;
        }
    }

    static final class Cycle extends PyIterator {
        private PyObject source;
        private final List<PyObject> saved = new ArrayList<>();
        private int index;

        Cycle(PyObject source) {
            this.source = source;
        }

        @Override
        public PyType type() {
            return CYCLE;
        }

        @Override
        public PyObject next() {
            if (source != null) {
                PyObject v = Abstract.next(source);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                source = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    static final class Repeat extends PyIterator {
        private final PyObject object;
        /** Items left, or -1 for forever. */
        private long remaining;

        Repeat(PyObject object, long remaining) {
            this.object = object;
            this.remaining = remaining;
        }

        @Override
        public PyType type() {
            return REPEAT;
        }

        @Override
        public PyObject next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return object;
        }
    }
}
