package org.gilpy.objects;

import java.util.Arrays;

/** The methods of {@code tuple}, declared on its type. */
final class TupleMethods {
    private TupleMethods() {}

    private static PyTuple t(PyObject o) {
        return (PyTuple) o;
    }

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> {
            Builtin.noKeywords("tuple", kw);
            Builtin.range("tuple", args, 1, 2);
            PyType cls = (PyType) args[0];
            PyObject[] items = args.length == 1 ? new PyObject[0] : Abstract.toArray(args[1]);
            if (cls == PyTuple.TYPE) {
                return args.length == 2 && args[1].getClass() == PyTuple.class ? args[1] : PyTuple.of(items);
            }
            return new PyTupleSubclass(cls, items);
        });
        t.method("__len__", a -> PyInt.of(t(a).items.length));
        t.method("__getitem__", (a, idx) -> {
            PyObject[] items = t(a).items;
            if (idx instanceof PySlice sl) {
                int[] r = sl.indices(items.length);
                if (r[2] == 1) {
                    return r[0] >= r[1] ? PyTuple.EMPTY : PyTuple.of(Arrays.copyOfRange(items, r[0], r[1]));
                }
                PyObject[] out = new PyObject[r[3]];
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out[i] = items[j];
                }
                return PyTuple.of(out);
            }
            if (!Sequences.isIndex(idx)) {
                throw PyExc.typeError("tuple indices must be integers or slices, not %s", idx.type().name);
            }
            int i = Slices.index(idx, items.length);
            if (i < 0) {
                throw PyExc.indexError("tuple index out of range");
            }
            return items[i];
        });
        t.method("__contains__", (a, x) -> PyBool.of(Sequences.contains(t(a).items, t(a).items.length, x)));
        t.method("__iter__", a -> new PySeqIter(a));
        t.method("__add__", (a, b) -> {
            if (!(b instanceof PyTuple tb)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] out = Arrays.copyOf(t(a).items, t(a).items.length + tb.items.length);
            System.arraycopy(tb.items, 0, out, t(a).items.length, tb.items.length);
            return PyTuple.of(out);
        });
        t.method("__mul__", (a, n) -> repeat(a, n));
        t.method("__rmul__", (a, n) -> repeat(a, n));
        for (int op = 0; op < 6; op++) {
            int code = op;
            t.method(Abstract.CMP_NAMES[op], (a, b) -> b instanceof PyTuple tb
                    ? Sequences.compare(t(a).items, t(a).items.length, tb.items, tb.items.length, code)
                    : PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method("__hash__", a -> PyInt.of(t(a).pyHash()));
        t.method("__repr__", a -> PyStr.of(Sequences.repr(a, t(a).items, t(a).items.length, "(", ")")));
        t.method("count", (a, x) -> PyInt.of(Sequences.count(t(a).items, t(a).items.length, x)));
        t.methodVar("index", (a, args, kw) -> {
            Builtin.range("index", args, 1, 3);
            return PyInt.of(Sequences.indexOf("tuple", t(a).items, t(a).items.length, args[0], args));
        });
        t.method("__getnewargs__", a -> PyTuple.of(PyTuple.of(t(a).copyItems())));
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        if (!Sequences.isIndex(n)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int k = Sequences.repeatCount(n);
        PyObject[] items = t(a).items;
        if (k == 1 && a.getClass() == PyTuple.class) {
            return a;
        }
        return PyTuple.of(Sequences.repeat(items, items.length, k));
    }
}
