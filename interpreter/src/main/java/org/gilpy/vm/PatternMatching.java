package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInstance;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyRange;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The run-time half of the match statement: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and
 * MATCH_CLASS. CPython decides "mapping" and "sequence" by type flags that dict, list, tuple,
 * range and memoryview carry and that classes inherit or get by registering with
 * {@code collections.abc}; gilpy asks the builtin types directly and {@code collections.abc}
 * (when a program has imported it) for the rest. str, bytes and bytearray are never sequences here.
 */
final class PatternMatching {
    private PatternMatching() {}

    private static final PyStr GET = PyStr.intern("get");
    private static final PyStr MATCH_ARGS = PyStr.intern("__match_args__");
    private static final PyStr ABC_MODULE = PyStr.intern("collections.abc");

    /** Types whose instances match a single positional sub-pattern themselves ({@code int(x)}). */
    private static final List<String> MATCH_SELF = List.of("bool", "bytearray", "bytes", "dict", "float",
            "frozenset", "int", "list", "set", "str", "tuple");

    static boolean isMapping(Interpreter interp, PyObject o) {
        PyType t = o.type();
        if (t.isSubtypeOf(PyDict.TYPE)) {
            return true;
        }
        return t != PyStr.TYPE && abcInstance(interp, o, "Mapping");
    }

    static boolean isSequence(Interpreter interp, PyObject o) {
        PyType t = o.type();
        if (t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t == PyRange.TYPE || t == PyMemoryView.TYPE) {
            return true;
        }
        if (t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyBytes.TYPE) || t.isSubtypeOf(PyByteArray.TYPE)
                || t.isSubtypeOf(PyDict.TYPE)) {
            return false;
        }
        return abcInstance(interp, o, "Sequence");
    }

    private static boolean abcInstance(Interpreter interp, PyObject o, String abc) {
        if (o.type() == PyBaseObject.TYPE) {
            return false;
        }
        PyObject module = interp.modules.getItem(ABC_MODULE);
        if (module == null) {
            return false;
        }
        PyObject cls = Abstract.lookupAttr(module, PyStr.intern(abc));
        return cls != null && Abstract.isInstance(o, cls);
    }

    /** The values of {@code keys} in the mapping, or null when one is missing. */
    static PyObject matchKeys(PyObject subject, PyTuple keys) {
        if (keys.items.length == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(subject, GET);
        PyObject missing = new PyInstance(PyBaseObject.TYPE);
        List<PyObject> seen = new ArrayList<>();
        PyObject[] values = new PyObject[keys.items.length];
        for (int i = 0; i < values.length; i++) {
            PyObject key = keys.items[i];
            for (PyObject s : seen) {
                if (Abstract.eqBool(s, key)) {
                    throw PyExc.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(key).value);
                }
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, missing);
            if (v == missing) {
                return null;
            }
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /**
     * The attributes a class pattern asks for ({@code nargs} positional ones by
     * {@code __match_args__}, then {@code names}), or null when the subject is not an instance
     * of {@code cls} or lacks one of them.
     */
    static PyObject matchClass(PyObject subject, PyObject cls, PyTuple names, int nargs) {
        if (!(cls instanceof PyType type)) {
            throw PyExc.typeError("called match pattern must be a type");
        }
        if (!Abstract.isInstance(subject, type)) {
            return null;
        }
        PyObject[] attrs = new PyObject[nargs + names.items.length];
        List<PyObject> seen = new ArrayList<>();
        if (nargs > 0) {
            PyObject matchArgs = Abstract.lookupAttr(type, MATCH_ARGS);
            boolean matchSelf = false;
            if (matchArgs == null) {
                matchSelf = matchesSelf(type);
                matchArgs = PyTuple.EMPTY;
            } else if (!(matchArgs instanceof PyTuple)) {
                throw PyExc.typeError("%s.__match_args__ must be a tuple (got %s)", type.name, matchArgs.type().name);
            }
            PyObject[] allowed = ((PyTuple) matchArgs).items;
            int limit = matchSelf ? 1 : allowed.length;
            if (nargs > limit) {
                throw PyExc.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name, limit,
                        limit == 1 ? "" : "s", nargs);
            }
            for (int i = 0; i < nargs; i++) {
                if (matchSelf) {
                    attrs[i] = subject;
                    continue;
                }
                if (!(allowed[i] instanceof PyStr name)) {
                    throw PyExc.typeError("__match_args__ elements must be strings (got %s)", allowed[i].type().name);
                }
                attrs[i] = attribute(subject, type, name, seen);
                if (attrs[i] == null) {
                    return null;
                }
            }
        }
        for (int i = 0; i < names.items.length; i++) {
            PyObject v = attribute(subject, type, (PyStr) names.items[i], seen);
            if (v == null) {
                return null;
            }
            attrs[nargs + i] = v;
        }
        return new PyTuple(attrs);
    }

    private static boolean matchesSelf(PyType type) {
        for (PyType t : type.mro()) {
            if (!t.isHeapType && MATCH_SELF.contains(t.name)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject attribute(PyObject subject, PyType type, PyStr name, List<PyObject> seen) {
        for (PyObject s : seen) {
            if (((PyStr) s).value.equals(name.value)) {
                throw PyExc.typeError("%s() got multiple sub-patterns for attribute %s", type.name,
                        Abstract.repr(name).value);
            }
        }
        seen.add(name);
        return Abstract.lookupAttr(subject, name);
    }
}
