package org.gilpy.objects;

/** {@code classmethod(f)}: binds f to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(false);
        t.constructor((cls, args, kw) -> {
            Builtin.range("classmethod", args, 2, 2);
            return new PyClassMethod(args[1]);
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getter("__func__", self -> ((PyClassMethod) self).func);
        t.getter("__wrapped__", self -> ((PyClassMethod) self).func);
        t.getter("__isabstractmethod__", self -> {
            PyObject flag = Abstract.lookupAttr(((PyClassMethod) self).func, PyStr.intern("__isabstractmethod__"));
            return PyBool.of(flag != null && flag.isTrue());
        });
    });

    static {
        TYPE.isDescriptor = true;
    }

    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        PyObject owner = type != null ? type : obj.type();
        return new PyMethod(func, owner);
    }
}
