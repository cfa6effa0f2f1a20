package org.gilpy.objects;

/** {@code Ellipsis}, written {@code ...}. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__repr__", self -> PyStr.of("Ellipsis"));
        t.method("__reduce__", self -> PyStr.of("Ellipsis"));
    });
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
