package org.gilpy.objects;

import java.util.Arrays;
import java.util.Comparator;

/** The methods of {@code list}, declared on its type. */
final class ListMethods {
    private ListMethods() {}

    private static PyList l(PyObject o) {
        return (PyList) o;
    }

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            return cls == PyList.TYPE ? new PyList() : new PyListSubclass(cls);
        });
        t.methodVar("__init__", (self, args, kw) -> {
            Builtin.noKeywords("list", kw);
            Builtin.range("list", args, 0, 1);
            PyList l = l(self);
            l.clear();
            if (args.length == 1) {
                PyObject[] items = Abstract.toArray(args[0]);
                l.extend(items, items.length);
            }
            return PyNone.NONE;
        });
        t.method("__len__", a -> PyInt.of(l(a).size));
        t.method("__getitem__", ListMethods::getItem);
        t.method("__setitem__", (a, idx, v) -> {
            setItem(l(a), idx, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (a, idx) -> {
            delItem(l(a), idx);
            return PyNone.NONE;
        });
        t.method("__contains__", (a, x) -> PyBool.of(Sequences.contains(l(a).items, l(a).size, x)));
        t.method("__iter__", a -> new PySeqIter(a));
        t.method("__reversed__", a -> new PyReversedIter(a, l(a).size));
        t.method("__add__", (a, b) -> {
            if (!(b instanceof PyList lb)) {
                throw PyExc.typeError("can only concatenate list (not \"%s\") to list", b.type().name);
            }
            PyObject[] out = Arrays.copyOf(l(a).items, l(a).size + lb.size);
            System.arraycopy(lb.items, 0, out, l(a).size, lb.size);
            return new PyList(out);
        });
        t.method("__iadd__", (a, b) -> {
            PyObject[] more = Abstract.toArray(b);
            l(a).extend(more, more.length);
            return a;
        });
        t.method("__mul__", (a, n) -> Sequences.isIndex(n)
                ? new PyList(Sequences.repeat(l(a).items, l(a).size, Sequences.repeatCount(n))) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rmul__", (a, n) -> Sequences.isIndex(n)
                ? new PyList(Sequences.repeat(l(a).items, l(a).size, Sequences.repeatCount(n))) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__imul__", (a, n) -> {
            l(a).replaceAll(Sequences.repeat(l(a).items, l(a).size, Sequences.repeatCount(n)));
            return a;
        });
        for (int op = 0; op < 6; op++) {
            int code = op;
            t.method(Abstract.CMP_NAMES[op], (a, b) -> b instanceof PyList lb
                    ? Sequences.compare(l(a).items, l(a).size, lb.items, lb.size, code)
                    : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.def("__hash__", PyNone.NONE);
        t.method("__repr__", a -> PyStr.of(Sequences.repr(a, l(a).items, l(a).size, "[", "]")));
        t.method("append", (a, x) -> {
            l(a).append(x);
            return PyNone.NONE;
        });
        t.method("extend", (a, x) -> {
            PyObject[] more = Abstract.toArray(x);
            l(a).extend(more, more.length);
            return PyNone.NONE;
        });
        t.method("insert", (a, i, x) -> {
            PyList l = l(a);
            long idx = Abstract.index(i);
            if (idx < 0) {
                idx = Math.max(0, idx + l.size);
            }
            l.insert((int) Math.min(idx, l.size), x);
            return PyNone.NONE;
        });
        t.methodVar("pop", (a, args, kw) -> {
            Builtin.range("pop", args, 0, 1);
            PyList l = l(a);
            if (l.size == 0) {
                throw PyExc.indexError("pop from empty list");
            }
            long i = args.length == 0 ? l.size - 1 : Abstract.index(args[0]);
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw PyExc.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.method("remove", (a, x) -> {
            PyList l = l(a);
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == x || Abstract.eqBool(l.items[i], x)) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("list.remove(x): x not in list");
        });
        t.methodVar("index", (a, args, kw) -> {
            Builtin.range("index", args, 1, 3);
            try {
                return PyInt.of(Sequences.indexOf("list", l(a).items, l(a).size, args[0], args));
            } catch (PyException e) {
                throw PyExc.valueError("%s is not in list", Abstract.repr(args[0]).value);
            }
        });
        t.method("count", (a, x) -> PyInt.of(Sequences.count(l(a).items, l(a).size, x)));
        t.method("clear", a -> {
            l(a).clear();
            return PyNone.NONE;
        });
        t.method("copy", a -> new PyList(l(a).toArray()));
        t.method("reverse", a -> {
            PyList l = l(a);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return PyNone.NONE;
        });
        t.methodVar("sort", (a, args, kw) -> {
            if (args.length - (kw == null ? 0 : kw.length) > 0) {
                throw PyExc.typeError("sort() takes no positional arguments");
            }
            PyObject[] p = ArgParser.parse("sort", args, kw, new String[] {"key", "reverse"}, 0, PyNone.NONE, PyBool.FALSE);
            sort(l(a), p[0], p[1].isTrue());
            return PyNone.NONE;
        });
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    /** Stable sort with optional key and reverse, as list.sort (reverse keeps equal items in order). */
    static void sort(PyList l, PyObject key, boolean reverse) {
        int n = l.size;
        PyObject[] items = Arrays.copyOf(l.items, n);
        l.size = 0; // CPython empties the list while sorting; mutation during sort is detected
        PyObject[] orig = l.items;
        l.items = new PyObject[0];
        try {
            PyObject[] keys = items;
            if (key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            PyObject[] k = keys;
            // Equal keys keep their original order in both directions, as CPython's stable sort does.
            Comparator<Integer> cmp = reverse
                    ? (x, y) -> Abstract.lessThan(k[y], k[x]) ? -1 : Abstract.lessThan(k[x], k[y]) ? 1 : 0
                    : (x, y) -> Abstract.lessThan(k[x], k[y]) ? -1 : Abstract.lessThan(k[y], k[x]) ? 1 : 0;
            Arrays.sort(order, cmp);
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = items[order[i]];
            }
            boolean mutated = l.size != 0;
            l.items = out;
            l.size = n;
            if (mutated) {
                throw PyExc.valueError("list modified during sort");
            }
        } catch (RuntimeException e) {
            if (l.size == 0) {
                l.items = orig;
                l.size = n;
            }
            throw e;
        }
    }

    private static PyObject getItem(PyObject a, PyObject idx) {
        PyList l = l(a);
        if (idx instanceof PySlice sl) {
            int[] r = sl.indices(l.size);
            if (r[2] == 1) {
                return new PyList(r[0] >= r[1] ? new PyObject[0] : Arrays.copyOfRange(l.items, r[0], r[1]));
            }
            PyObject[] out = new PyObject[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = l.items[j];
            }
            return new PyList(out);
        }
        if (!Sequences.isIndex(idx)) {
            throw PyExc.typeError("list indices must be integers or slices, not %s", idx.type().name);
        }
        int i = Slices.index(idx, l.size);
        if (i < 0) {
            throw PyExc.indexError("list index out of range");
        }
        return l.items[i];
    }

    static void setItem(PyList l, PyObject idx, PyObject v) {
        if (idx instanceof PySlice sl) {
            PyObject[] src = Abstract.toArray(v);
            int[] r = sl.indices(l.size);
            if (r[2] == 1) {
                int lo = r[0];
                int hi = Math.max(r[0], r[1]);
                PyObject[] out = new PyObject[l.size - (hi - lo) + src.length];
                System.arraycopy(l.items, 0, out, 0, lo);
                System.arraycopy(src, 0, out, lo, src.length);
                System.arraycopy(l.items, hi, out, lo + src.length, l.size - hi);
                l.replaceAll(out);
                return;
            }
            if (src.length != r[3]) {
                throw PyExc.valueError("attempt to assign sequence of size %d to extended slice of size %d", src.length, r[3]);
            }
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                l.items[j] = src[i];
            }
            return;
        }
        if (!Sequences.isIndex(idx)) {
            throw PyExc.typeError("list indices must be integers or slices, not %s", idx.type().name);
        }
        int i = Slices.index(idx, l.size);
        if (i < 0) {
            throw PyExc.indexError("list assignment index out of range");
        }
        l.items[i] = v;
    }

    private static void delItem(PyList l, PyObject idx) {
        if (idx instanceof PySlice sl) {
            int[] r = sl.indices(l.size);
            boolean[] drop = new boolean[l.size];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                drop[j] = true;
            }
            PyObject[] out = new PyObject[l.size - r[3]];
            int k = 0;
            for (int i = 0; i < l.size; i++) {
                if (!drop[i]) {
                    out[k++] = l.items[i];
                }
            }
            l.replaceAll(out);
            return;
        }
        if (!Sequences.isIndex(idx)) {
            throw PyExc.typeError("list indices must be integers or slices, not %s", idx.type().name);
        }
        int i = Slices.index(idx, l.size);
        if (i < 0) {
            throw PyExc.indexError("list assignment index out of range");
        }
        l.remove(i);
    }
}
