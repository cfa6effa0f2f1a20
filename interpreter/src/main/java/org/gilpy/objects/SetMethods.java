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
                if (o != a) {
                    r.update(o);
                }
            }
            return r;
        });
        t.methodVar("intersection", (a, args, kw) -> intersectionMulti(s(a), args, frozen));
        t.methodVar("difference", (a, args, kw) -> {
            if (args.length == 0) {
                return s(a).copy(frozen);
            }
            PySet r = difference(s(a), args[0], frozen);
            for (int i = 1; i < args.length; i++) {
                differenceUpdate(r, args[i]);
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
        // the binary operators take sets only; b op a for __rop__, as CPython's slots call them
        t.method("__and__", (a, b) -> b instanceof PySet ? intersection(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rand__", (a, b) -> b instanceof PySet bs ? intersection(bs, a, bs.frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__or__", (a, b) -> b instanceof PySet ? union(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ror__", (a, b) -> b instanceof PySet bs ? union(bs, a, bs.frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__sub__", (a, b) -> b instanceof PySet ? difference(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rsub__", (a, b) -> b instanceof PySet bs ? difference(bs, a, bs.frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__xor__", (a, b) -> b instanceof PySet ? symmetric(s(a), b, frozen) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__rxor__", (a, b) -> b instanceof PySet bs ? symmetric(bs, a, bs.frozen) : PyNotImplemented.NOT_IMPLEMENTED);
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
            s(a).takeTable(intersectionMulti(s(a), args, false));
            return PyNone.NONE;
        });
        t.methodVar("difference_update", (a, args, kw) -> {
            for (PyObject o : args) {
                differenceUpdate(s(a), o);
            }
            return PyNone.NONE;
        });
        t.method("symmetric_difference_update", (a, b) -> {
            symmetricUpdate(s(a), b);
            return PyNone.NONE;
        });
        t.method("__iand__", (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            s(a).takeTable(intersection(s(a), b, false));
            return a;
        });
        t.method("__ior__", (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            s(a).update(b);
            return a;
        });
        t.method("__isub__", (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            differenceUpdate(s(a), b);
            return a;
        });
        t.method("__ixor__", (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            symmetricUpdate(s(a), b);
            return a;
        });
    }

    private static PySet asSet(PyObject o) {
        return o instanceof PySet s ? s : PySet.fromIterable(o, false);
    }

    /*
     * The algebra follows CPython's setobject.c step for step (which operand is copied or walked,
     * in which order, when a table is sized or purged of dummies), since that decides the layout
     * of the result's table and so the order it iterates in.
     */

    /** a | b: a copy of a, updated with b. */
    private static PySet union(PySet a, PyObject b, boolean frozen) {
        PySet r = a.copy(frozen);
        if (b != a) {
            r.update(b);
        }
        return r;
    }

    /** intersection(*others): folded left to right; with no others, a copy. */
    private static PySet intersectionMulti(PySet a, PyObject[] others, boolean frozen) {
        if (others.length == 0) {
            return a.copy(frozen);
        }
        PySet r = a;
        for (PyObject o : others) {
            r = intersection(r, o, frozen);
        }
        return r;
    }

    /** set_intersection: the smaller set is walked (other's on a tie); any other iterable in its order. */
    private static PySet intersection(PySet a, PyObject other, boolean frozen) {
        if (a == other) {
            return a.copy(frozen);
        }
        PySet r = new PySet(frozen);
        if (other instanceof PySet b) {
            PySet walked = b.size() > a.size() ? a : b;
            PySet probed = walked == a ? b : a;
            for (int i = 0; i < walked.slots(); i++) {
                PyObject k = walked.keyAt(i);
                if (k != null && probed.containsWithHash(k, walked.hashAt(i))) {
                    r.addWithHash(k, walked.hashAt(i));
                }
            }
            return r;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            long h = Abstract.hash(x);
            if (a.containsWithHash(x, h)) {
                r.addWithHash(x, h);
            }
        }
        return r;
    }

    /**
     * set_difference: a's elements not in other, walking a; but a copy of a with other's
     * elements removed when other is no set or dict, or is less than a quarter of a's size.
     */
    private static PySet difference(PySet a, PyObject other, boolean frozen) {
        int otherSize;
        if (other instanceof PySet b) {
            otherSize = b.size();
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            otherSize = -1;
        }
        if (otherSize < 0 || (a.size() >> 2) > otherSize) {
            PySet r = a.copy(frozen);
            differenceUpdate(r, other);
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = 0; i < a.slots(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            boolean inOther = other instanceof PySet b ? b.containsWithHash(k, a.hashAt(i))
                    : ((PyDict) other).getItem(k) != null;
            if (!inOther) {
                r.addWithHash(k, a.hashAt(i));
            }
        }
        return r;
    }

    /** set_difference_update_internal: other's elements removed in place, then dummies purged if many. */
    private static void differenceUpdate(PySet a, PyObject other) {
        if (a == other) {
            a.clear();
            return;
        }
        if (other instanceof PySet b) {
            for (int i = 0; i < b.slots(); i++) {
                PyObject k = b.keyAt(i);
                if (k != null) {
                    a.discardWithHash(k, b.hashAt(i));
                }
            }
        } else {
            PyObject it = Abstract.iter(other);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                a.discard(x);
            }
        }
        a.purgeDummies();
    }

    /** set_symmetric_difference: a set made from other, symmetric-updated with a. */
    private static PySet symmetric(PySet a, PyObject other, boolean frozen) {
        PySet r = new PySet(frozen);
        r.update(other);
        symmetricUpdate(r, a);
        return r;
    }

    /** set_symmetric_difference_update: each element of other (a set made of it) removed if present, else added. */
    private static void symmetricUpdate(PySet a, PyObject other) {
        if (a == other) {
            a.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            for (PyObject k : ((PyDict) other).keyList()) {
                long h = Abstract.hash(k);
                if (!a.discardWithHash(k, h)) {
                    a.addWithHash(k, h);
                }
            }
            return;
        }
        PySet b = other instanceof PySet os ? os : PySet.fromIterable(other, false);
        for (int i = 0; i < b.slots(); i++) {
            PyObject k = b.keyAt(i);
            if (k != null && !a.discardWithHash(k, b.hashAt(i))) {
                a.addWithHash(k, b.hashAt(i));
            }
        }
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
