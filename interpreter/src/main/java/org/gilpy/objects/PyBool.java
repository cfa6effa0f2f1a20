package org.gilpy.objects;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, t -> {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            Builtin.noKeywords("bool", kw);
            Builtin.range("bool", args, 1, 2);
            return PyBool.of(args.length > 1 && args[1].isTrue());
        });
        t.method("__repr__", self -> PyStr.of(self.isTrue() ? "True" : "False"));
        for (String op : new String[] {"and", "or", "xor"}) {
            t.method("__" + op + "__", (self, o) -> bitOp(op, self, o));
            t.method("__r" + op + "__", (self, o) -> bitOp(op, self, o));
        }
    });

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    /** and/or/xor stay bool between bools, as CPython's bool does; otherwise int's. */
    private static PyObject bitOp(String op, PyObject self, PyObject o) {
        if (!(o instanceof PyInt other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt a = (PyInt) self;
        PyInt r = switch (op) {
            case "and" -> PyInt.and(a, other);
            case "or" -> PyInt.or(a, other);
            default -> PyInt.xor(a, other);
        };
        return o instanceof PyBool ? of(r.v != 0) : r;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return this == TRUE;
    }
}
