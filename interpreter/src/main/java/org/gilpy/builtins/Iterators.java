package org.gilpy.builtins;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;

import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** The lazy iterator classes of builtins: enumerate, zip, map, filter and iter(callable, sentinel). */
final class Iterators {
    private Iterators() {}

    static final PyType ENUMERATE = PyIterator.newType("enumerate", (cls, args, kw) -> {
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (rest.length == 0) {
            throw PyExc.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] p = ArgParser.parse("enumerate", rest, kw, new String[] {"iterable", "start"}, 1, null, PyInt.of(0));
        return new Enumerate(Abstract.iter(p[0]), Abstract.indexInt(p[1]));
    });

    static final PyType ZIP = PyIterator.newType("zip", (cls, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 1) {
            throw PyExc.typeError("zip() takes at most 1 keyword argument (%d given)", nkw);
        }
        boolean strict = false;
        if (nkw == 1) {
            if (!kw[0].equals("strict")) {
                throw PyExc.typeError("'%s' is an invalid keyword argument for zip()", kw[0]);
            }
            strict = args[args.length - 1].isTrue();
        }
        PyObject[] its = new PyObject[args.length - 1 - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(args[i + 1]);
        }
        return new Zip(its, strict);
    });

    static final PyType MAP = PyIterator.newType("map", (cls, args, kw) -> {
        Builtin.noKeywords("map", kw);
        if (args.length < 3) {
            throw PyExc.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 2];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(args[i + 2]);
        }
        return new MapIter(args[1], its);
    });

    static final PyType FILTER = PyIterator.newType("filter", (cls, args, kw) -> {
        Builtin.noKeywords("filter", kw);
        if (args.length != 3) {
            throw PyExc.typeError("filter expected 2 arguments, got %d", args.length - 1);
        }
        return new Filter(args[1], Abstract.iter(args[2]));
    });

    static final PyType CALLABLE_ITERATOR = PyIterator.newType("callable_iterator", (cls, args, kw) -> {
        throw PyExc.typeError("cannot create 'callable_iterator' instances");
    });

    static final class Enumerate extends PyIterator {
        private final PyObject it;
        private PyInt count;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyType type() {
            return ENUMERATE;
        }

        @Override
        public PyObject next() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            PyObject r = PyTuple.of(count, v);
            count = PyInt.add(count, PyInt.of(1));
            return r;
        }
    }

    static final class Zip extends PyIterator {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return ZIP;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyExc.valueError("zip() argument %d is shorter than argument%s 1%s", i + 1,
                                    i > 1 ? "s" : "", i > 1 ? "-" + i : "");
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Abstract.next(its[j]) != null) {
                                throw PyExc.valueError("zip() argument %d is longer than argument%s 1%s", j + 1,
                                        j > 1 ? "s" : "", j > 1 ? "-" + j : "");
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }
    }

    static final class MapIter extends PyIterator {
        private final PyObject fn;
        private final PyObject[] its;

        MapIter(PyObject fn, PyObject[] its) {
            this.fn = fn;
            this.its = its;
        }

        @Override
        public PyType type() {
            return MAP;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return fn.call(args, null);
        }
    }

    static final class Filter extends PyIterator {
        private final PyObject fn;
        private final PyObject it;

        Filter(PyObject fn, PyObject it) {
            this.fn = fn;
            this.it = it;
        }

        @Override
        public PyType type() {
            return FILTER;
        }

        @Override
        public PyObject next() {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                boolean keep = fn == PyNone.NONE ? v.isTrue() : Abstract.call(fn, v).isTrue();
                if (keep) {
                    return v;
                }
            }
            return null;
        }
    }

    static final class CallIter extends PyIterator {
        private final PyObject fn;
        private final PyObject sentinel;
        private boolean done;

        CallIter(PyObject fn, PyObject sentinel) {
            this.fn = fn;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(fn);
            } catch (org.gilpy.objects.PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Abstract.eqBool(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }

}
