package org.gilpy.objects;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(true);
        t.constructor((cls, args, kw) -> new PyProperty((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("property", args, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0,
                    PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            PyProperty prop = (PyProperty) self;
            prop.fget = p[0];
            prop.fset = p[1];
            prop.fdel = p[2];
            prop.doc = p[3] == PyNone.NONE && p[0] != PyNone.NONE
                    ? orNone(Abstract.lookupAttr(p[0], Names.__doc__)) : p[3];
            return PyNone.NONE;
        });
        t.getter("fget", self -> ((PyProperty) self).fget);
        t.getter("fset", self -> ((PyProperty) self).fset);
        t.getter("fdel", self -> ((PyProperty) self).fdel);
        t.getset("__doc__", self -> ((PyProperty) self).doc, (self, v) -> ((PyProperty) self).doc = v);
        t.getter("__isabstractmethod__", self -> PyBool.of(abstractFlag(((PyProperty) self).fget)));
        t.method("getter", (self, f) -> ((PyProperty) self).copyWith(f, null, null));
        t.method("setter", (self, f) -> ((PyProperty) self).copyWith(null, f, null));
        t.method("deleter", (self, f) -> ((PyProperty) self).copyWith(null, null, f));
        t.method("__set_name__", (self, owner, name) -> {
            ((PyProperty) self).name = name;
            return PyNone.NONE;
        });
    });

    static {
        TYPE.isDescriptor = true;
        TYPE.isDataDescriptor = true;
    }

    private final PyType type;
    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    PyObject name = PyNone.NONE;

    PyProperty(PyType type) {
        this.type = type;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static boolean abstractFlag(PyObject f) {
        PyObject v = f == PyNone.NONE ? null : Abstract.lookupAttr(f, PyStr.intern("__isabstractmethod__"));
        return v != null && v.isTrue();
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyObject copyWith(PyObject get, PyObject set, PyObject del) {
        PyProperty p = new PyProperty(type);
        p.fget = get != null ? get : fget;
        p.fset = set != null ? set : fset;
        p.fdel = del != null ? del : fdel;
        p.doc = doc;
        p.name = name;
        return p;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyProperty p = c.remember(this, new PyProperty((PyType) c.copy(type)));
        p.fget = c.copy(fget);
        p.fset = c.copy(fset);
        p.fdel = c.copy(fdel);
        p.doc = c.copy(doc);
        p.name = name;
        return p;
    }

    private String nameSuffix() {
        return name instanceof PyStr s ? " '" + s.value + "'" : "";
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw PyExc.attributeError("property%s of '%s' object has no getter", nameSuffix(), obj.type().name);
        }
        return Abstract.call(fget, obj);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == PyNone.NONE) {
                throw PyExc.attributeError("property%s of '%s' object has no deleter", nameSuffix(), obj.type().name);
            }
            Abstract.call(fdel, obj);
        } else {
            if (fset == PyNone.NONE) {
                throw PyExc.attributeError("property%s of '%s' object has no setter", nameSuffix(), obj.type().name);
            }
            Abstract.call(fset, obj, value);
        }
    }
}
