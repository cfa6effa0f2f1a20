package org.gilpy.stdlib.itertools;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** The iterators over one input: accumulate, compress, dropwhile, takewhile, filterfalse, islice, starmap. */
final class Filtering {
    private Filtering() {}

    static final PyType ACCUMULATE = ItertoolsModule.iteratorType("accumulate", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("accumulate", Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"iterable", "func", "initial"}, 1, null, PyNone.NONE, PyNone.NONE);
        return new Accumulate(Abstract.iter(p[0]), p[1], p[2]);
    }, null);

    static final PyType COMPRESS = ItertoolsModule.iteratorType("compress", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("compress", Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"data", "selectors"}, 2);
        return new Compress(Abstract.iter(p[0]), Abstract.iter(p[1]));
    }, null);

    static final PyType DROPWHILE = predicateType("dropwhile", Predicated.DROP);
    static final PyType TAKEWHILE = predicateType("takewhile", Predicated.TAKE);
    static final PyType FILTERFALSE = predicateType("filterfalse", Predicated.FILTER_FALSE);

    static final PyType ISLICE = ItertoolsModule.iteratorType("islice", (unused, args, kw) -> {
        PyObject[] p = ItertoolsModule.positional("islice", args, kw, 2, 4);
        long start = 0;
        long stop;
        long step = 1;
        if (p.length == 2) {
            stop = sliceIndex(p[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = sliceIndex(p[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            stop = sliceIndex(p[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (p.length == 4 && p[3] != PyNone.NONE) {
                long s = sliceIndex(p[3], "Step for islice() must be a positive integer or None.");
                if (s < 1) {
                    throw PyExc.valueError("Step for islice() must be a positive integer or None.");
                }
                step = s;
            }
            if (start < 0) {
                start = 0;
            }
        }
        return new ISlice(Abstract.iter(p[0]), start, stop, step);
    }, null);

    static final PyType STARMAP = ItertoolsModule.iteratorType("starmap", (unused, args, kw) -> {
        PyObject[] p = ItertoolsModule.positional("starmap", args, kw, 2, 2);
        return new Starmap(p[0], Abstract.iter(p[1]));
    }, null);

    /** An islice bound: None is -1 (no limit); negative or non-int values raise with message. */
    private static long sliceIndex(PyObject v, String message) {
        if (v == PyNone.NONE) {
            return -1;
        }
        PyInt i;
        try {
            i = Abstract.indexInt(v);
        } catch (org.gilpy.objects.PyException e) {
            throw PyExc.valueError("%s", message);
        }
        if (i.signum() < 0) {
            throw PyExc.valueError("%s", message);
        }
        return i.isBig() ? Long.MAX_VALUE : i.v;
    }

    private static PyType predicateType(String name, int kind) {
        return ItertoolsModule.iteratorType(name, (unused, args, kw) -> {
            PyObject[] p = ItertoolsModule.positional(name, args, kw, 2, 2);
            return new Predicated(kind, p[0], Abstract.iter(p[1]));
        }, null);
    }

    static final class Accumulate extends PyIterator {
        private final PyObject source;
        private final PyObject func;
        private PyObject total;
        private PyObject initial;

        Accumulate(PyObject source, PyObject func, PyObject initial) {
            this.source = source;
            this.func = func;
            this.initial = initial == PyNone.NONE ? null : initial;
        }

        @Override
        public PyType type() {
            return ACCUMULATE;
        }

        @Override
        public PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Abstract.next(source);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == PyNone.NONE) {
                total = Abstract.binaryOp(total, v, Abstract.NB_ADD);
            } else {
                total = Abstract.call(func, total, v);
            }
            return total;
        }
    }

    static final class Compress extends PyIterator {
        private final PyObject data;
        private final PyObject selectors;

        Compress(PyObject data, PyObject selectors) {
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyType type() {
            return COMPRESS;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(selectors);
                if (s == null) {
                    return null;
                }
                if (s.isTrue()) {
                    return d;
                }
            }
        }
    }

    /** dropwhile, takewhile and filterfalse: a predicate over one iterator. */
    static final class Predicated extends PyIterator {
        static final int DROP = 0;
        static final int TAKE = 1;
        static final int FILTER_FALSE = 2;
        private final int kind;
        private final PyObject predicate;
        private final PyObject source;
        /** dropwhile: done dropping; takewhile: stopped for good. */
        private boolean switched;

        Predicated(int kind, PyObject predicate, PyObject source) {
            this.kind = kind;
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyType type() {
            return kind == DROP ? DROPWHILE : kind == TAKE ? TAKEWHILE : FILTERFALSE;
        }

        private boolean test(PyObject v) {
            return (kind == FILTER_FALSE && predicate == PyNone.NONE ? v : Abstract.call(predicate, v)).isTrue();
        }

        @Override
        public PyObject next() {
            if (kind == TAKE && switched) {
                return null;
            }
            while (true) {
                PyObject v = Abstract.next(source);
                if (v == null) {
                    return null;
                }
                switch (kind) {
                    case DROP:
                        if (switched || !test(v)) {
                            switched = true;
                            return v;
                        }
                        break;
                    case TAKE:
                        if (test(v)) {
                            return v;
                        }
                        switched = true;
                        return null;
                    default:
                        if (!test(v)) {
                            return v;
                        }
                }
            }
        }
    }

    /** islice with CPython's consumption order: skip to the next index, then take one item. */
    static final class ISlice extends PyIterator {
        private PyObject source;
        private long nextIndex;
        private final long stop;
        private final long step;
        private long count;

        ISlice(PyObject source, long start, long stop, long step) {
            this.source = source;
            this.nextIndex = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyType type() {
            return ISLICE;
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            while (count < nextIndex) {
                if (Abstract.next(source) == null) {
                    source = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                source = null;
                return null;
            }
            PyObject item = Abstract.next(source);
            if (item == null) {
                source = null;
                return null;
            }
            count++;
            long old = nextIndex;
            nextIndex += step;
            if (nextIndex < old || (stop != -1 && nextIndex > stop)) {
                nextIndex = stop;
            }
            return item;
        }
    }

    static final class Starmap extends PyIterator {
        private final PyObject func;
        private final PyObject source;

        Starmap(PyObject func, PyObject source) {
            this.func = func;
            this.source = source;
        }

        @Override
        public PyType type() {
            return STARMAP;
        }

        @Override
        public PyObject next() {
            PyObject args = Abstract.next(source);
            if (args == null) {
                return null;
            }
            PyObject[] a = args instanceof PyTuple t ? t.items : Abstract.toArray(args);
            return Abstract.callKw(func, a, null);
        }
    }
}
