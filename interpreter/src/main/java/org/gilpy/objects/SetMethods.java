package org.gilpy.objects;

/** The methods of {@code set} and {@code frozenset}, declared on their types. */
final class SetMethods {
    private SetMethods() {}

    private static PySet s(PyObject o) {
        return (PySet) o;
    }

    static void define(PyType t, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        t.constructor((unused, args, kw) -> {
            Builtin.noKeywords(name, kw);
            Builtin.range(name, args, 1, 2);
            PyType cls = (PyType) args[0];
            PySet s = cls == t ? new PySet(frozen) : new PySetSubclass(cls, frozen);
            if (frozen && args.length == 2) {
                s.update(args[1]);
            }
            return s;
        });
        if (!frozen) {
            t.methodVar("__init__", (self, args, kw) -> {
                Builtin.noKeywords("set", kw);
                Builtin.range("set", args, 0, 1);
                s(self).clear();
                if (args.length == 1) {
                    s(self).update(args[0]);
                }
                return PyNone.NONE;
            });
        }
        t.method("__len__", a -> PyInt.of(s(a).size()));
        t.method("__contains__", (a, x) -> PyBool.of(s(a).contains(x)));
        t.method("__iter__", a -> s(a).iterator());
        t.method("__repr__", a -> {
            PySet s = s(a);
            String tn = a.type().name;
            if (s.size() == 0) {
                return PyStr.of(tn + "()");
            }
            if (!Abstract.reprEnter(a)) {
                return PyStr.of(tn + "(...)");
            }
            try {
                StringBuilder sb = new StringBuilder();
                for (PyObject k : s.toArray()) {
                    sb.append(sb.length() == 0 ? "{" : ", ").append(Abstract.repr(k).value);
                }
                sb.append('}');
                return PyStr.of(a.type() == PySet.TYPE ? sb.toString() : tn + "(" + sb + ")");
            } finally {
                Abstract.reprLeave(a);
            }
        });
        t.method("__reduce__", a -> PyTuple.of(a.type(), PyTuple.of(new PyList(Abstract.toArray(a))),
                Reduce.instanceDictOrNone(a)));
        t.method("copy", a -> frozen && a.getClass() == PySet.class ? a : s(a).copy(frozen));
        t.methodVar("union", (a, args, kw) -> {
            PySet r = s(a).copy(frozen);
            for (PyObject o : args) {
                r.update(o);
            }
            return r;
        });
        t.methodVar("intersection", (a, args, kw) -> {
            PySet r = s(a);
            for (PyObject o : args) {
                r = intersection(r, o, frozen);
            }
            return r == a ? s(a).copy(frozen) : r;
        });
        t.methodVar("difference", (a, args, kw) -> {
            PySet r = s(a).copy(frozen);
            for (PyObject o : args) {
                r = difference(r, o, frozen);
            }
            return r;
        });
        t.method("symmetric_difference", (a, b) -> symmetric(s(a), b, frozen));
        t.method("issubset", (a, b) -> PyBool.of(subset(s(a), asSet(b))));
        t.method("issuperset", (a, b) -> PyBool.of(subset(asSet(b), s(a))));
        t.method("isdisjoint", (a, b) -> {
            for (PyObject x : asSet(b).toArray()) {
                if (s(a).contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("__and__", (a, b) -> b instanceof PySet ? intersection(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rand__", (a, b) -> b instanceof PySet ? intersection(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__or__", (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySet r = s(a).copy(frozen);
            r.update(b);
            return r;
        });
        t.method("__ror__", (a, b) -> {
            if (!(b instanceof PySet bs)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySet r = bs.copy(frozen);
            r.update(a);
            return r;
        });
        t.method("__sub__", (a, b) -> b instanceof PySet ? difference(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rsub__", (a, b) -> b instanceof PySet bs ? difference(bs, a, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__xor__", (a, b) -> b instanceof PySet ? symmetric(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rxor__", (a, b) -> b instanceof PySet ? symmetric(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__le__", (a, b) -> b instanceof PySet bs ? PyBool.of(subset(s(a), bs)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__lt__", (a, b) -> b instanceof PySet bs ? PyBool.of(s(a).size() < bs.size() && subset(s(a), bs)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ge__", (a, b) -> b instanceof PySet bs ? PyBool.of(subset(bs, s(a))) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__gt__", (a, b) -> b instanceof PySet bs ? PyBool.of(bs.size() < s(a).size() && subset(bs, s(a))) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__eq__", (a, b) -> b instanceof PySet bs ? PyBool.of(s(a).size() == bs.size() && subset(s(a), bs)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ne__", (a, b) -> b instanceof PySet bs ? PyBool.of(!(s(a).size() == bs.size() && subset(s(a), bs))) : PyNotImplemented.NOT_IMPLEMENTED);
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
        if (frozen) {
            t.method("__hash__", a -> PyInt.of(s(a).pyHash()));
            return;
        }
        t.def("__hash__", PyNone.NONE);
        t.method("add", (a, x) -> {
            s(a).add(x);
            return PyNone.NONE;
        });
        t.method("discard", (a, x) -> {
            s(a).discard(x);
            return PyNone.NONE;
        });
        t.method("remove", (a, x) -> {
            if (!s(a).discard(x)) {
                throw PyExc.keyError(x);
            }
            return PyNone.NONE;
        });
        t.method("pop", a -> {
            PyObject x = s(a).pop();
            if (x == null) {
                throw PyExc.keyError("pop from an empty set");
            }
            return x;
        });
        t.method("clear", a -> {
            s(a).clear();
            return PyNone.NONE;
        });
        t.methodVar("update", (a, args, kw) -> {
            for (PyObject o : args) {
                s(a).update(o);
            }
            return PyNone.NONE;
        });
        t.methodVar("intersection_update", (a, args, kw) -> {
            PySet r = s(a);
            for (PyObject o : args) {
                r = intersection(r, o, false);
            }
            replace(s(a), r);
            return PyNone.NONE;
        });
        t.methodVar("difference_update", (a, args, kw) -> {
            for (PyObject o : args) {
                for (PyObject x : asSet(o).toArray()) {
                    s(a).discard(x);
                }
            }
            return PyNone.NONE;
        });
        t.method("symmetric_difference_update", (a, b) -> {
            replace(s(a), symmetric(s(a), b, false));
            return PyNone.NONE;
        });
        t.method("__iand__", (a, b) -> {
            replace(s(a), intersection(s(a), b, false));
            return a;
        });
        t.method("__ior__", (a, b) -> {
            s(a).update(b);
            return a;
        });
        t.method("__isub__", (a, b) -> {
            for (PyObject x : asSet(b).toArray()) {
                s(a).discard(x);
            }
            return a;
        });
        t.method("__ixor__", (a, b) -> {
            replace(s(a), symmetric(s(a), b, false));
            return a;
        });
    }

    private static PySet asSet(PyObject o) {
        return o instanceof PySet s ? s : PySet.fromIterable(o, false);
    }

    private static void replace(PySet target, PySet source) {
        if (target == source) {
            return;
        }
        PySet copy = source.copy(false);
        target.clear();
        target.update(copy);
    }

    /** set_intersection: iterates the smaller operand, as CPython does (this decides the order). */
    private static PySet intersection(PySet a, PyObject other, boolean frozen) {
        PySet r = new PySet(frozen);
        if (other instanceof PySet b) {
            PySet small = a.size() <= b.size() ? a : b;
            PySet big = small == a ? b : a;
            for (PyObject x : small.toArray()) {
                if (big.contains(x)) {
                    r.add(x);
                }
            }
            return r;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (a.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    private static PySet difference(PySet a, PyObject other, boolean frozen) {
        PySet b = asSet(other);
        PySet r = new PySet(frozen);
        for (PyObject x : a.toArray()) {
            if (!b.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    private static PySet symmetric(PySet a, PyObject other, boolean frozen) {
        PySet r = a.copy(frozen);
        for (PyObject x : asSet(other).toArray()) {
            if (!r.discard(x)) {
                r.add(x);
            }
        }
        return r;
    }

    private static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject x : a.toArray()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
