package org.gilpy.stdlib.itertools;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** Iterators over several inputs or sharing one: chain, groupby, zip_longest, pairwise, tee. */
final class Grouping {
    private Grouping() {}

    static final PyType CHAIN = ItertoolsModule.iteratorType("chain", (unused, args, kw) -> {
        Builtin.noKeywords("chain", kw);
        return new Chain(new PySourceList(Arrays.copyOfRange(args, 1, args.length)));
    }, t -> t.classMethod("from_iterable", (cls, args, kw) -> {
        Builtin.noKeywords("from_iterable", kw);
        Builtin.exactly("from_iterable", args, 1);
        return new Chain(Abstract.iter(args[0]));
    }));

    static final PyType GROUPBY = ItertoolsModule.iteratorType("groupby", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("groupby", Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"iterable", "key"}, 1, null, PyNone.NONE);
        return new GroupBy(Abstract.iter(p[0]), p[1]);
    }, null);

    static final PyType GROUPER = ItertoolsModule.iteratorType("_grouper", null, null);

    static final PyType ZIP_LONGEST = ItertoolsModule.iteratorType("zip_longest", (unused, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        PyObject fill = PyNone.NONE;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("fillvalue")) {
                throw PyExc.typeError("zip_longest() got an unexpected keyword argument '%s'", kw[k]);
            }
            fill = args[args.length - nkw + k];
        }
        PyObject[] its = new PyObject[args.length - 1 - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(args[i + 1]);
        }
        return new ZipLongest(its, fill);
    }, null);

    static final PyType PAIRWISE = ItertoolsModule.iteratorType("pairwise", (unused, args, kw) -> {
        PyObject[] p = ItertoolsModule.positional("pairwise", args, kw, 1, 1);
        return new Pairwise(Abstract.iter(p[0]));
    }, null);

    static final PyType TEE = ItertoolsModule.iteratorType("_tee", null, t -> {
        t.method("__copy__", self -> new Tee(((Tee) self).at));
    });

    /** The iterables given to chain(), iterated one after another. */
    private static final class PySourceList extends PyIterator {
        private final PyObject[] items;
        private int i;

        PySourceList(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return CHAIN;
        }

        @Override
        public PyObject next() {
            return i < items.length ? items[i++] : null;
        }
    }

    static final class Chain extends PyIterator {
        private PyObject sources;
        private PyObject current;

        Chain(PyObject sources) {
            this.sources = sources;
        }

        @Override
        public PyType type() {
            return CHAIN;
        }

        @Override
        public PyObject next() {
            while (sources != null) {
                if (current == null) {
                    PyObject iterable = Abstract.next(sources);
                    if (iterable == null) {
                        sources = null;
                        return null;
                    }
                    current = Abstract.iter(iterable);
                }
                PyObject v = Abstract.next(current);
                if (v != null) {
                    return v;
                }
                current = null;
            }
            return null;
        }
    }

    /**
     * groupby, as CPython: the current value and key are shared with the newest grouper, so
     * advancing the groupby skips what is left of the current group.
     */
    static final class GroupBy extends PyIterator {
        private final PyObject source;
        private final PyObject keyFunc;
        private PyObject targetKey;
        private PyObject currentKey;
        private PyObject currentValue;
        private Grouper currentGrouper;

        GroupBy(PyObject source, PyObject keyFunc) {
            this.source = source;
            this.keyFunc = keyFunc;
        }

        @Override
        public PyType type() {
            return GROUPBY;
        }

        /** Reads the next value and its key; false at the end of the input. */
        boolean step() {
            PyObject v = Abstract.next(source);
            if (v == null) {
                return false;
            }
            currentKey = keyFunc == PyNone.NONE ? v : Abstract.call(keyFunc, v);
            currentValue = v;
            return true;
        }

        @Override
        public PyObject next() {
            currentGrouper = null;
            while (true) {
                if (currentKey != null) {
                    if (targetKey == null || !Abstract.eqBool(targetKey, currentKey)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            targetKey = currentKey;
            currentGrouper = new Grouper(this, targetKey);
            return PyTuple.of(currentKey, currentGrouper);
        }
    }

    static final class Grouper extends PyIterator {
        private final GroupBy parent;
        private final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyType type() {
            return GROUPER;
        }

        @Override
        public PyObject next() {
            GroupBy g = parent;
            if (g.currentGrouper != this) {
                return null;
            }
            if (g.currentValue == null && !g.step()) {
                return null;
            }
            if (!Abstract.eqBool(key, g.currentKey)) {
                return null;
            }
            PyObject r = g.currentValue;
            g.currentValue = null;
            g.currentKey = null;
            return r;
        }
    }

    static final class ZipLongest extends PyIterator {
        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        ZipLongest(PyObject[] its, PyObject fill) {
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyType type() {
            return ZIP_LONGEST;
        }

        @Override
        public PyObject next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i] == null ? null : Abstract.next(its[i]);
                if (v == null) {
                    if (its[i] != null) {
                        its[i] = null;
                        active--;
                        if (active == 0) {
                            return null;
                        }
                    }
                    v = fill;
                }
                out[i] = v;
            }
            return new PyTuple(out);
        }
    }

    static final class Pairwise extends PyIterator {
        private PyObject source;
        private PyObject previous;

        Pairwise(PyObject source) {
            this.source = source;
        }

        @Override
        public PyType type() {
            return PAIRWISE;
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            if (previous == null) {
                previous = Abstract.next(source);
                if (previous == null) {
                    source = null;
                    return null;
                }
            }
            PyObject v = Abstract.next(source);
            if (v == null) {
                source = null;
                return null;
            }
            PyObject pair = PyTuple.of(previous, v);
            previous = v;
            return pair;
        }
    }

    /** One item of a tee'd stream; the last node's value is fetched from the source on demand. */
    private static final class Node {
        final PyObject source;
        PyObject value;
        Node next;

        Node(PyObject source) {
            this.source = source;
        }
    }

    static final class Tee extends PyIterator {
        private Node at;

        Tee(Node at) {
            this.at = at;
        }

        @Override
        public PyType type() {
            return TEE;
        }

        @Override
        public PyObject next() {
            Node n = at;
            if (n.next == null) {
                PyObject v = Abstract.next(n.source);
                if (v == null) {
                    return null;
                }
                n.value = v;
                n.next = new Node(n.source);
            }
            at = n.next;
            return n.value;
        }
    }

    static PyObject tee(PyObject self, PyObject[] args, String[] kw) {
        Builtin.noKeywords("tee", kw);
        Builtin.range("tee", args, 1, 2);
        long n = args.length == 2 ? Abstract.index(args[1]) : 2;
        if (n < 0) {
            throw PyExc.valueError("n must be >= 0");
        }
        PyObject[] out = new PyObject[(int) n];
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        Node start = args[0] instanceof Tee t ? t.at : new Node(Abstract.iter(args[0]));
        for (int i = 0; i < n; i++) {
            out[i] = new Tee(start);
        }
        return new PyTuple(out);
    }
}
