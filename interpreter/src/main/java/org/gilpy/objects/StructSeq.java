package org.gilpy.objects;

/**
 * Named-field tuples made in Java ({@code sys.version_info}, {@code time.struct_time},
 * {@code os.stat_result}): a tuple subclass whose fields are also attributes and whose repr
 * names them, as CPython's structseq.
 */
public final class StructSeq {
    private StructSeq() {}

    public static PyType newType(String qualifiedName, String... fields) {
        int dot = qualifiedName.lastIndexOf('.');
        String name = qualifiedName.substring(dot + 1);
        PyDict ns = new PyDict();
        ns.setItem(Names.__module__, PyStr.of(dot < 0 ? "builtins" : qualifiedName.substring(0, dot)));
        ns.setItem(Names.__qualname__, PyStr.of(name));
        ns.setItem(Names.__slots__, PyTuple.EMPTY);
        PyType t = PyType.newHeapType(PyType.TYPE, name, new PyType[] {PyTuple.TYPE}, ns);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            t.setAttr(PyStr.intern(fields[i]), new PyGetSetDescr(t, fields[i], self -> ((PyTuple) self).items[index], null));
        }
        t.setAttr(PyStr.intern("n_fields"), PyInt.of(fields.length));
        t.setAttr(PyStr.intern("n_sequence_fields"), PyInt.of(fields.length));
        t.setAttr(Names.__repr__, new PyBuiltinFunction("__repr__", (self, args, kw) -> {
            PyTuple tup = (PyTuple) args[0];
            StringBuilder sb = new StringBuilder(qualifiedName).append('(');
            for (int i = 0; i < fields.length && i < tup.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Abstract.repr(tup.items[i]).value);
            }
            return PyStr.of(sb.append(')').toString());
        }, null));
        return t;
    }

    public static PyTuple make(PyType type, PyObject... values) {
        return new PyTupleSubclass(type, values);
    }
}
