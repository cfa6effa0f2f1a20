package org.gilpy.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__repr__", self -> PyStr.of("NotImplemented"));
        t.method("__reduce__", self -> PyStr.of("NotImplemented"));
    });
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
