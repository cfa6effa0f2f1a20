package org.gilpy.objects;

/** {@code super(type, obj)}: attribute lookup that starts after type in obj's MRO. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyBaseObject.TYPE, t -> {
        t.constructor((cls, args, kw) -> {
            if (args.length < 2) {
                throw PyExc.runtimeError("super(): no arguments");
            }
            if (!(args[1] instanceof PyType start)) {
                throw PyExc.typeError("super() argument 1 must be a type, not %s", args[1].type().name);
            }
            PyObject obj = args.length > 2 && args[2] != PyNone.NONE ? args[2] : null;
            return new PySuper(start, obj, obj == null ? null : selfClass(start, obj));
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getter("__thisclass__", s -> ((PySuper) s).start);
        t.getter("__self__", s -> ((PySuper) s).obj == null ? PyNone.NONE : ((PySuper) s).obj);
        t.getter("__self_class__", s -> ((PySuper) s).objType == null ? PyNone.NONE : ((PySuper) s).objType);
        t.method("__repr__", s -> PyStr.of("<super: <class '" + ((PySuper) s).start.name + "'>, "
                + (((PySuper) s).objType == null ? "NULL" : "<" + ((PySuper) s).objType.name + " object>") + ">"));
    });

    private final PyType start;
    private final PyObject obj;
    /** The class whose MRO is searched: obj itself when obj is a subclass, else obj's type. */
    private final PyType objType;

    private PySuper(PyType start, PyObject obj, PyType objType) {
        this.start = start;
        this.obj = obj;
        this.objType = objType;
    }

    /** CPython's supercheck: obj must be a subclass or an instance of start. */
    private static PyType selfClass(PyType start, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(start)) {
            return ot;
        }
        if (obj.type().isSubtypeOf(start)) {
            return obj.type();
        }
        throw PyExc.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttribute(PyStr name) {
        if (obj != null && name != Names.__class__) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].getDict().getItem(name);
                if (v != null) {
                    if (v.type().isDescriptor) {
                        return v.descrGet(obj == objType ? null : obj, objType);
                    }
                    return v;
                }
            }
        }
        return PyBaseObject.genericGetAttr(this, name);
    }
}
