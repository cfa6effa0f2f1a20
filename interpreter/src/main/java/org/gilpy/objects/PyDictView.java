package org.gilpy.objects;

import java.util.Map;

/** {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. */
public final class PyDictView extends PyObject {
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    static final PyType[] TYPES = {viewType(0), viewType(1), viewType(2)};

    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    private static PyDictView v(PyObject o) {
        return (PyDictView) o;
    }

    private static PyType viewType(int kind) {
        return PyType.builtin(NAMES[kind], PyBaseObject.TYPE, t -> {
            t.isBaseType = false;
            t.def("__hash__", PyNone.NONE);
            t.method("__len__", a -> PyInt.of(v(a).dict.size()));
            t.method("__iter__", a -> v(a).dict.iterator(v(a).kind));
            t.method("__reversed__", a -> new PySeqIter(new PyList(v(a).items()).reversedCopy()));
            t.method("__contains__", (a, x) -> PyBool.of(v(a).contains(x)));
            t.method("__repr__", a -> {
                PyList items = new PyList(v(a).items());
                return PyStr.of(NAMES[kind] + "(" + Abstract.repr(items).value + ")");
            });
            if (kind != 1) {
                t.method("__eq__", (a, b) -> PyBool.of(Abstract.eqBool(PySet.fromIterable(a, false), PySet.fromIterable(b, false))));
                t.method("__and__", PyDictView::intersect);
                t.method("__rand__", PyDictView::intersect);
                t.method("__or__", (a, b) -> updated(a, "update", b));
                t.method("__ror__", (a, b) -> updated(b, "update", a));
                t.method("__sub__", (a, b) -> updated(a, "difference_update", b));
                t.method("__rsub__", (a, b) -> updated(b, "difference_update", a));
                t.method("__xor__", (a, b) -> updated(a, "symmetric_difference_update", b));
                t.method("__rxor__", (a, b) -> updated(b, "symmetric_difference_update", a));
                t.method("isdisjoint", (a, b) -> Abstract.callMethod(PySet.fromIterable(a, false), PyStr.intern("isdisjoint"), b));
            }
        });
    }

    /**
     * {@code left op right} for a view's |, - and ^ (CPython's dictviews_or/sub/xor): a set made
     * from the left operand (from the dict itself for a keys view of a plain dict, which sizes the
     * table once, so the result iterates in CPython's order), updated in place by the right.
     */
    private static PyObject updated(PyObject left, String update, PyObject right) {
        PyObject base = left instanceof PyDictView v && v.kind == 0 && v.dict.getClass() == PyDict.class ? v.dict : left;
        PySet result = PySet.fromIterable(base, false);
        Abstract.callMethod(result, PyStr.intern(update), right);
        return result;
    }

    /**
     * {@code a & b} with a view on either side (CPython's _PyDictView_Intersect): a set's own
     * intersection when the other side is a set at least as big as the view; else the items of
     * the smaller side that the bigger view contains, in the smaller side's order.
     */
    private static PyObject intersect(PyObject a, PyObject b) {
        PyDictView self = a instanceof PyDictView v ? v : (PyDictView) b;
        PyObject other = self == a ? b : a;
        int lenSelf = self.dict.size();
        if (other.getClass() == PySet.class && !((PySet) other).frozen && lenSelf <= ((PySet) other).size()) {
            return Abstract.callMethod(other, PyStr.intern("intersection"), self);
        }
        if (other instanceof PyDictView o && o.kind != 1 && o.dict.size() > lenSelf) {
            PyDictView tmp = o;
            other = self;
            self = tmp;
        }
        PySet result = new PySet(false);
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    PyObject[] items() {
        PyObject[] out = new PyObject[dict.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : dict.entries()) {
            out[i++] = switch (kind) {
                case 0 -> e.getKey();
                case 1 -> e.getValue();
                default -> PyTuple.of(e.getKey(), e.getValue());
            };
        }
        return out;
    }

    private boolean contains(PyObject x) {
        if (kind == 0) {
            return dict.contains(x);
        }
        if (kind == 2) {
            if (!(x instanceof PyTuple t) || t.items.length != 2) {
                return false;
            }
            PyObject v = dict.getItem(t.items[0]);
            return v != null && (v == t.items[1] || Abstract.eqBool(v, t.items[1]));
        }
        for (PyObject v : items()) {
            if (v == x || Abstract.eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }
}
