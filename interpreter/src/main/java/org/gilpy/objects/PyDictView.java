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
                t.method("__and__", (a, b) -> Abstract.binaryOp(PySet.fromIterable(a, false), b, Abstract.NB_AND));
                t.method("__or__", (a, b) -> Abstract.binaryOp(PySet.fromIterable(a, false), b, Abstract.NB_OR));
                t.method("__sub__", (a, b) -> Abstract.binaryOp(PySet.fromIterable(a, false), b, Abstract.NB_SUBTRACT));
                t.method("__xor__", (a, b) -> Abstract.binaryOp(PySet.fromIterable(a, false), b, Abstract.NB_XOR));
                t.method("isdisjoint", (a, b) -> Abstract.callMethod(PySet.fromIterable(a, false), PyStr.intern("isdisjoint"), b));
            }
        });
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
