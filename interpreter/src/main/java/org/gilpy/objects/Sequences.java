package org.gilpy.objects;

/** Comparison, repr and repetition shared by list and tuple. */
final class Sequences {
    private Sequences() {}

    /** Rich comparison of two item arrays: op is one of Abstract's CMP_* codes. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == Abstract.CMP_EQ || op == Abstract.CMP_NE) && na != nb) {
            return PyBool.of(op == Abstract.CMP_NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (a[i] != b[i] && !Abstract.eqBool(a[i], b[i])) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            int c = Integer.compare(na, nb);
            return PyBool.of(switch (op) {
                case Abstract.CMP_LT -> c < 0;
                case Abstract.CMP_LE -> c <= 0;
                case Abstract.CMP_EQ -> c == 0;
                case Abstract.CMP_NE -> c != 0;
                case Abstract.CMP_GT -> c > 0;
                default -> c >= 0;
            });
        }
        if (op == Abstract.CMP_EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.CMP_NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static String repr(PyObject self, PyObject[] items, int n, String open, String close) {
        if (!Abstract.reprEnter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            if (n == 1 && open.equals("(")) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            Abstract.reprLeave(self);
        }
    }

    /** The count of a sequence repetition: negative is 0, beyond a C ssize_t is CPython's OverflowError. */
    static int repeatCount(PyObject n) {
        PyInt k = Abstract.indexInt(n);
        if (k.big != null) {
            throw PyExc.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return k.v < 0 ? 0 : (int) Math.min(k.v, Integer.MAX_VALUE);
    }

    static PyObject[] repeat(PyObject[] items, int size, int k) {
        long total = (long) size * k;
        if (total > Integer.MAX_VALUE - 16) {
            throw PyExc.memoryError();
        }
        PyObject[] out = new PyObject[(int) total];
        for (int i = 0; i < k; i++) {
            System.arraycopy(items, 0, out, i * size, size);
        }
        return out;
    }

    static int indexOf(String owner, PyObject[] items, int n, PyObject x, PyObject[] args) {
        int[] r = Slices.span(n, args, 1);
        for (int i = r[0]; i < r[1]; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                return i;
            }
        }
        throw PyExc.valueError("%s.index(x): x not in %s", owner, owner);
    }

    static int count(PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                c++;
            }
        }
        return c;
    }

    static boolean contains(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                return true;
            }
        }
        return false;
    }

    static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup(Names.__index__) != null;
    }
}
