package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}, the value of {@code int | str}: usable in annotations and as the
 * second argument of {@code isinstance}/{@code issubclass}.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("types"));
        t.getter("__args__", self -> ((PyUnionType) self).args);
        t.method("__repr__", self -> PyStr.of(((PyUnionType) self).repr()));
        t.method("__or__", PyUnionType::or);
        t.method("__ror__", (self, other) -> or(other, self));
        t.method("__eq__", (a, b) -> b instanceof PyUnionType u
                ? PyBool.of(Abstract.eqBool(PySet.fromIterable(((PyUnionType) a).args, true), PySet.fromIterable(u.args, true)))
                : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", a -> PyInt.of(Abstract.hash(PySet.fromIterable(((PyUnionType) a).args, true))));
        t.method("__instancecheck__", (self, o) -> {
            for (PyObject arg : ((PyUnionType) self).args.items) {
                if (Abstract.isInstance(o, arg)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method("__subclasscheck__", (self, o) -> {
            for (PyObject arg : ((PyUnionType) self).args.items) {
                if (Abstract.isSubclass(o, arg)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
    });

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code a | b} for types, None, generic aliases and unions; NotImplemented for anything else. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PyUnionType(PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static boolean isUnionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** Flattens nested unions, turns None into NoneType, and drops repeats. */
    private static void addMembers(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject m : u.args.items) {
                addMembers(members, m);
            }
            return;
        }
        PyObject m = o == PyNone.NONE ? PyNone.NONE.type() : o;
        for (PyObject seen : members) {
            if (seen == m || (m instanceof PyGenericAlias && Abstract.eqBool(seen, m))) {
                return;
            }
        }
        members.add(m);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject m : args.items) {
            sb.append(sb.length() == 0 ? "" : " | ").append(m == PyNone.NONE.type() ? "None" : PyGenericAlias.typeRepr(m));
        }
        return sb.toString();
    }
}
