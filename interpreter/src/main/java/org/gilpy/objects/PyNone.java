package org.gilpy.objects;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            if (args.length > 1 || kw != null) {
                throw PyExc.typeError("NoneType takes no arguments");
            }
            return PyNone.NONE;
        });
        t.method("__repr__", self -> PyStr.of("None"));
        t.method("__bool__", self -> PyBool.FALSE);
    });
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return false;
    }
}
