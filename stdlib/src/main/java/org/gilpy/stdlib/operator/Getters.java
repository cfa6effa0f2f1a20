package org.gilpy.stdlib.operator;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code itemgetter}, {@code attrgetter} (dotted names) and {@code methodcaller}: callables that
 * fetch from their argument what they were made with, with CPython's reprs.
 */
final class Getters extends PyObject {
    static final PyType ITEMGETTER = getterType("itemgetter");
    static final PyType ATTRGETTER = getterType("attrgetter");
    static final PyType METHODCALLER = getterType("methodcaller");

    private final PyType type;
    /** Items or attribute paths (each split at dots); for methodcaller, the name then the arguments. */
    private final PyObject[] items;
    private final String[][] paths;
    private final String[] kwnames;

    private Getters(PyType type, PyObject[] items, String[][] paths, String[] kwnames) {
        this.type = type;
        this.items = items;
        this.paths = paths;
        this.kwnames = kwnames;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyType getterType(String name) {
        return PyType.builtin(name, PyBaseObject.TYPE, t -> {
            t.def("__module__", PyStr.of("operator"));
            t.isBaseType = false;
            t.constructor((unused, args, kw) -> create((PyType) args[0], Arrays.copyOfRange(args, 1, args.length), kw));
            t.methodVar("__call__", (self, args, kw) -> ((Getters) self).invoke(args, kw));
            t.method("__repr__", self -> PyStr.of(((Getters) self).repr()));
        });
    }

    private static Getters create(PyType type, PyObject[] args, String[] kw) {
        String name = type.name;
        if (type == METHODCALLER) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw PyExc.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof PyStr)) {
                throw PyExc.typeError("method name must be a string");
            }
            return new Getters(type, args, null, kw);
        }
        Builtin.noKeywords(name, kw);
        if (args.length < 1) {
            throw PyExc.typeError("%s expected 1 argument, got 0", name);
        }
        String[][] paths = null;
        if (type == ATTRGETTER) {
            paths = new String[args.length][];
            for (int i = 0; i < args.length; i++) {
                if (!(args[i] instanceof PyStr s)) {
                    throw PyExc.typeError("attribute name must be a string");
                }
                paths[i] = s.value.split("\\.", -1);
            }
        }
        return new Getters(type, args, paths, null);
    }

    private PyObject invoke(PyObject[] args, String[] kw) {
        if (type == METHODCALLER) {
            Builtin.noKeywords("methodcaller", kw);
            Builtin.exactly("methodcaller", args, 1);
            PyObject method = Abstract.getAttr(args[0], Abstract.attrName(items[0]));
            return Abstract.callKw(method, Arrays.copyOfRange(items, 1, items.length), kwnames);
        }
        Builtin.noKeywords(type.name, kw);
        if (args.length != 1) {
            throw PyExc.typeError("%s expected 1 argument, got %d", type.name, args.length);
        }
        PyObject obj = args[0];
        if (items.length == 1) {
            return fetch(obj, 0);
        }
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fetch(obj, i);
        }
        return new PyTuple(out);
    }

    private PyObject fetch(PyObject obj, int i) {
        if (paths == null) {
            return Abstract.getItem(obj, items[i]);
        }
        for (String part : paths[i]) {
            obj = Abstract.getAttr(obj, PyStr.intern(part));
        }
        return obj;
    }

    private String repr() {
        StringBuilder sb = new StringBuilder("operator.").append(type.name).append('(');
        int npos = items.length - (kwnames == null ? 0 : kwnames.length);
        for (int i = 0; i < npos; i++) {
            sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]).value);
        }
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            sb.append(", ").append(kwnames[k]).append('=').append(Abstract.repr(items[npos + k]).value);
        }
        return sb.append(')').toString();
    }
}
