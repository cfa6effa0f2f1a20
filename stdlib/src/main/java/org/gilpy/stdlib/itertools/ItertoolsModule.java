package org.gilpy.stdlib.itertools;

import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code itertools} module. Every iterator is a {@link PyIterator} (null at the end), so
 * for-loops over them never raise StopIteration internally. The iterators live in
 * {@link Infinite} (count, cycle, repeat), {@link Filtering} (the ones that select, slice or
 * transform one input), {@link Grouping} (groupby, tee, chain, zip_longest, pairwise) and
 * {@link Combinatorics}.
 */
public final class ItertoolsModule implements ModuleDef {
    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {Infinite.COUNT, Infinite.CYCLE, Infinite.REPEAT, Filtering.ACCUMULATE,
            Filtering.COMPRESS, Filtering.DROPWHILE, Filtering.TAKEWHILE, Filtering.FILTERFALSE, Filtering.ISLICE,
            Filtering.STARMAP, Grouping.CHAIN, Grouping.GROUPBY, Grouping.ZIP_LONGEST, Grouping.PAIRWISE,
            Combinatorics.PRODUCT, Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS,
            Combinatorics.COMBINATIONS_WITH_REPLACEMENT}) {
            m.put(t.name, t);
        }
        m.put("_grouper", Grouping.GROUPER).put("_tee", Grouping.TEE);
        m.function("tee", Grouping::tee);
        return m;
    }

    /** What a type's definer adds beyond the iterator protocol. */
    interface Extra {
        void define(PyType t);
    }

    /**
     * An itertools iterator type: {@code __new__} from ctor (self is unused, args[0] is the
     * class), {@code __iter__}/{@code __next__} from {@link PyIterator#next()}.
     */
    static PyType iteratorType(String name, Builtin.Impl ctor, Extra extra) {
        return PyType.builtin(name, PyBaseObject.TYPE, t -> {
            t.def("__module__", PyStr.of("itertools"));
            t.isBaseType = false;
            if (ctor != null) {
                t.constructor(ctor);
            }
            t.method("__iter__", self -> self);
            t.method("__next__", self -> {
                PyObject r = ((PyIterator) self).next();
                if (r == null) {
                    throw PyExc.stopIteration();
                }
                return r;
            });
            if (extra != null) {
                extra.define(t);
            }
        });
    }

    /** Positional arguments after the class, with no keywords allowed. */
    static PyObject[] positional(String name, PyObject[] args, String[] kw, int min, int max) {
        Builtin.noKeywords(name, kw);
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Builtin.range(name, rest, min, max);
        return rest;
    }
}
