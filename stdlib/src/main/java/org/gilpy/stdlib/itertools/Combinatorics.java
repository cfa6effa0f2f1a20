package org.gilpy.stdlib.itertools;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * product, permutations, combinations and combinations_with_replacement. Each walks an array of
 * indices into the pooled input in lexicographic order, which is the order CPython documents.
 */
final class Combinatorics {
    private Combinatorics() {}

    static final PyType PRODUCT = ItertoolsModule.iteratorType("product", (unused, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        long repeat = 1;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("repeat")) {
                throw PyExc.typeError("product() got an unexpected keyword argument '%s'", kw[k]);
            }
            repeat = Abstract.index(args[args.length - nkw + k]);
        }
        if (repeat < 0) {
            throw PyExc.valueError("repeat argument cannot be negative");
        }
        int npools = args.length - 1 - nkw;
        PyObject[][] pools = new PyObject[(int) (npools * repeat)][];
        for (int i = 0; i < npools; i++) {
            pools[i] = Abstract.toArray(args[i + 1]);
        }
        for (int r = 1; r < repeat; r++) {
            System.arraycopy(pools, 0, pools, r * npools, npools);
        }
        return new Product(pools);
    }, null);

    static final PyType PERMUTATIONS = ItertoolsModule.iteratorType("permutations", (unused, args, kw) -> {
        PyObject[] p = ArgParser.parse("permutations", Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"iterable", "r"}, 1, null, PyNone.NONE);
        PyObject[] pool = Abstract.toArray(p[0]);
        long r = p[1] == PyNone.NONE ? pool.length : Abstract.index(p[1]);
        if (r < 0) {
            throw PyExc.valueError("r must be non-negative");
        }
        return new Indexed(Indexed.PERMUTATIONS, pool, (int) Math.min(r, Integer.MAX_VALUE));
    }, null);

    static final PyType COMBINATIONS = combinationType("combinations", Indexed.COMBINATIONS);
    static final PyType COMBINATIONS_WITH_REPLACEMENT = combinationType("combinations_with_replacement",
            Indexed.WITH_REPLACEMENT);

    private static PyType combinationType(String name, int kind) {
        return ItertoolsModule.iteratorType(name, (unused, args, kw) -> {
            PyObject[] p = ArgParser.parse(name, Arrays.copyOfRange(args, 1, args.length), kw,
                    new String[] {"iterable", "r"}, 2);
            PyObject[] pool = Abstract.toArray(p[0]);
            long r = Abstract.index(p[1]);
            if (r < 0) {
                throw PyExc.valueError("r must be non-negative");
            }
            return new Indexed(kind, pool, (int) Math.min(r, Integer.MAX_VALUE));
        }, null);
    }

    /** The cartesian product: an odometer over the pools, rightmost wheel fastest. */
    static final class Product extends PyIterator {
        private final PyObject[][] pools;
        private int[] indices;
        private boolean done;

        Product(PyObject[][] pools) {
            this.pools = pools;
            for (PyObject[] pool : pools) {
                if (pool.length == 0) {
                    done = true;
                }
            }
        }

        @Override
        public PyType type() {
            return PRODUCT;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (indices == null) {
                indices = new int[pools.length];
            } else {
                int i = pools.length - 1;
                while (i >= 0 && ++indices[i] == pools[i].length) {
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return new PyTuple(out);
        }
    }

    /** permutations, combinations and combinations_with_replacement of r items from a pool. */
    static final class Indexed extends PyIterator {
        static final int PERMUTATIONS = 0;
        static final int COMBINATIONS = 1;
        static final int WITH_REPLACEMENT = 2;
        private final int kind;
        private final PyObject[] pool;
        private final int r;
        private int[] indices;
        private boolean done;

        Indexed(int kind, PyObject[] pool, int r) {
            this.kind = kind;
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            this.done = kind == WITH_REPLACEMENT ? (n == 0 && r > 0) : r > n;
        }

        @Override
        public PyType type() {
            return kind == PERMUTATIONS ? Combinatorics.PERMUTATIONS
                    : kind == COMBINATIONS ? Combinatorics.COMBINATIONS : COMBINATIONS_WITH_REPLACEMENT;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = kind == WITH_REPLACEMENT ? 0 : i;
                }
            } else if (!advance()) {
                done = true;
                return null;
            }
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }

        private boolean advance() {
            int n = pool.length;
            switch (kind) {
                case COMBINATIONS: {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        return false;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                    return true;
                }
                case WITH_REPLACEMENT: {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        return false;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                    return true;
                }
                default:
                    return nextPermutation(n);
            }
        }

        /** The next r-prefix of distinct indices in lexicographic order. */
        private boolean nextPermutation(int n) {
            boolean[] used = new boolean[n];
            for (int i = 0; i < r; i++) {
                used[indices[i]] = true;
            }
            for (int i = r - 1; i >= 0; i--) {
                used[indices[i]] = false;
                int candidate = indices[i] + 1;
                while (candidate < n && used[candidate]) {
                    candidate++;
                }
                if (candidate < n) {
                    indices[i] = candidate;
                    used[candidate] = true;
                    int fill = 0;
                    for (int j = i + 1; j < r; j++) {
                        while (used[fill]) {
                            fill++;
                        }
                        indices[j] = fill;
                        used[fill] = true;
                    }
                    return true;
                }
            }
            return false;
        }
    }
}
