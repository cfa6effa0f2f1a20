package org.gilpy.objects;

import java.util.Map;

/** The methods of {@code dict}, declared on its type. */
final class DictMethods {
    private DictMethods() {}

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            return cls == PyDict.TYPE ? new PyDict() : new PyDictSubclass(cls);
        });
        t.methodVar("__init__", (self, args, kw) -> {
            update(d(self), args, kw, "dict");
            return PyNone.NONE;
        });
        t.method("__len__", a -> PyInt.of(d(a).size()));
        t.method("__getitem__", (a, k) -> getItem(d(a), k));
        t.method("__setitem__", (a, k, v) -> {
            d(a).setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (a, k) -> {
            if (d(a).delItem(k) == null) {
                throw PyExc.keyError(k);
            }
            return PyNone.NONE;
        });
        t.method("__contains__", (a, k) -> PyBool.of(d(a).contains(k)));
        t.method("__iter__", a -> d(a).iterator(0));
        t.method("__reversed__", a -> new PySeqIter(new PyList(d(a).keyList()).reversedCopy()));
        t.method("keys", a -> new PyDictView(d(a), 0));
        t.method("values", a -> new PyDictView(d(a), 1));
        t.method("items", a -> new PyDictView(d(a), 2));
        t.methodVar("get", (a, args, kw) -> {
            Builtin.range("get", args, 1, 2);
            PyObject v = d(a).getItem(args[0]);
            return v != null ? v : args.length == 2 ? args[1] : PyNone.NONE;
        });
        t.methodVar("setdefault", (a, args, kw) -> {
            Builtin.range("setdefault", args, 1, 2);
            PyObject v = d(a).getItem(args[0]);
            if (v == null) {
                v = args.length == 2 ? args[1] : PyNone.NONE;
                d(a).setItem(args[0], v);
            }
            return v;
        });
        t.methodVar("pop", (a, args, kw) -> {
            Builtin.range("pop", args, 1, 2);
            PyObject v = d(a).delItem(args[0]);
            if (v == null) {
                if (args.length == 2) {
                    return args[1];
                }
                throw PyExc.keyError(args[0]);
            }
            return v;
        });
        t.method("popitem", a -> {
            PyDict d = d(a);
            if (d.size() == 0) {
                throw PyExc.keyError("popitem(): dictionary is empty");
            }
            Map.Entry<PyObject, PyObject> last = null;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                last = e;
            }
            d.delItem(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        t.methodVar("update", (a, args, kw) -> {
            update(d(a), args, kw, "update");
            return PyNone.NONE;
        });
        t.method("clear", a -> {
            d(a).clear();
            return PyNone.NONE;
        });
        t.method("copy", a -> d(a).copy());
        t.classMethod("fromkeys", (cls, args, kw) -> {
            Builtin.noKeywords(Builtin.qualName("fromkeys", cls), kw);
            Builtin.range("fromkeys", args, 1, 2);
            PyObject value = args.length == 2 ? args[1] : PyNone.NONE;
            PyObject d = Abstract.call(cls);
            PyObject it = Abstract.iter(args[0]);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                Abstract.setItem(d, k, value);
            }
            return d;
        });
        t.method("__eq__", (a, b) -> b instanceof PyDict db ? PyBool.of(equal(d(a), db)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ne__", (a, b) -> b instanceof PyDict db ? PyBool.of(!equal(d(a), db)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.def("__hash__", PyNone.NONE);
        t.method("__repr__", DictMethods::repr);
        t.method("__or__", (a, b) -> {
            if (!(b instanceof PyDict db)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = d(a).copy();
            r.update(db);
            return r;
        });
        t.method("__ior__", (a, b) -> {
            update(d(a), new PyObject[] {b}, null, "update");
            return a;
        });
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    static PyObject getItem(PyDict d, PyObject k) {
        PyObject v = d.getItem(k);
        if (v == null) {
            if (d.getClass() != PyDict.class) {
                PyObject missing = d.type().lookup(Names.__missing__);
                if (missing != null) {
                    return Abstract.callPrepended(missing, d, new PyObject[] {k}, null);
                }
            }
            throw PyExc.keyError(k);
        }
        return v;
    }

    private static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : a.entries()) {
            PyObject v = b.getItem(e.getKey());
            if (v == null || !(v == e.getValue() || Abstract.eqBool(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    private static PyObject repr(PyObject self) {
        PyDict d = d(self);
        if (!Abstract.reprEnter(self)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(e.getKey()).value).append(": ").append(Abstract.repr(e.getValue()).value);
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            Abstract.reprLeave(self);
        }
    }

    /** dict(...) / d.update(...): a mapping or an iterable of pairs, then keyword arguments. */
    static void update(PyDict d, PyObject[] args, String[] kw, String fname) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyExc.typeError("%s expected at most 1 argument, got %d", fname, npos);
        }
        if (npos == 1) {
            PyObject src = args[0];
            if (src instanceof PyDict sd) {
                d.update(sd);
            } else if (src.type().lookup(Names.keys) != null) {
                PyObject keys = Abstract.callMethod(src, Names.keys);
                PyObject it = Abstract.iter(keys);
                for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                    d.setItem(k, Abstract.getItem(src, k));
                }
            } else {
                PyObject it = Abstract.iter(src);
                int i = 0;
                for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
                    PyObject[] pair;
                    try {
                        pair = Abstract.toArray(item);
                    } catch (PyException e) {
                        if (e.matches(PyExc.TypeError)) {
                            throw PyExc.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                        }
                        throw e;
                    }
                    if (pair.length != 2) {
                        throw PyExc.valueError("dictionary update sequence element #%d has length %d; 2 is required", i,
                                pair.length);
                    }
                    d.setItem(pair[0], pair[1]);
                }
            }
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.intern(kw[i]), args[npos + i]);
        }
    }
}
