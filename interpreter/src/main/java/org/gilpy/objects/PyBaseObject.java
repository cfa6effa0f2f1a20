package org.gilpy.objects;

/**
 * {@code object}, the root class: its methods, and the generic attribute protocol
 * ({@code PyObject_GenericGetAttr}/{@code SetAttr} in CPython) every other type builds on.
 */
public final class PyBaseObject {
    private PyBaseObject() {}

    public static final PyType TYPE = PyType.OBJECT;

    /** object.__init__ and object.__new__, compared by identity to spot overrides. */
    public static final PyObject OBJECT_INIT = PyBuiltinFunction.of("__init__", (self, args, kw) -> PyNone.NONE);
    public static final PyObject OBJECT_NEW = new PyBuiltinFunction("__new__", PyBaseObject::objectNew, TYPE);
    /** object.__getattribute__: the generic lookup itself, never the class's override (no recursion). */
    public static final PyObject GETATTRIBUTE = new PyMethodDescr(TYPE, "__getattribute__",
            Builtin.of("__getattribute__", (Builtin.M1) (self, name) -> {
                PyStr n = Abstract.attrName(name);
                PyObject v = self.getAttribute(n);
                if (v == null) {
                    throw Abstract.noAttribute(self, n);
                }
                return v;
            }));

    static void define(PyType t) {
        t.def("__new__", OBJECT_NEW);
        t.methodVar("__init__", (self, args, kw) -> {
            PyType tp = self.type();
            if ((args.length > 0 || kw != null) && tp.lookup(Names.__init__) != objectInitDescr()) {
                throw PyExc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if ((args.length > 0 || kw != null) && tp.lookup(Names.__new__) == OBJECT_NEW) {
                throw PyExc.typeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                        tp.name);
            }
            return PyNone.NONE;
        });
        t.def("__getattribute__", GETATTRIBUTE);
        t.method("__setattr__", (self, name, value) -> {
            genericSetAttr(self, Abstract.attrName(name), value);
            return PyNone.NONE;
        });
        t.method("__delattr__", (self, name) -> {
            genericSetAttr(self, Abstract.attrName(name), null);
            return PyNone.NONE;
        });
        t.method("__repr__", self -> PyStr.of(defaultRepr(self)));
        t.method("__str__", self -> Abstract.repr(self));
        t.method("__hash__", self -> PyInt.of(System.identityHashCode(self)));
        t.method("__eq__", (self, other) -> self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__ne__", (self, other) -> {
            PyObject eq = Abstract.callMethod(self, Names.__eq__, other);
            return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(!eq.isTrue());
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.method(cmp, (self, other) -> PyNotImplemented.NOT_IMPLEMENTED);
        }
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyExc.typeError("format() argument 2 must be str, not %s", spec.type().name);
            }
            if (!s.value.isEmpty()) {
                throw PyExc.typeError("unsupported format string passed to %s.__format__", self.type().name);
            }
            return Abstract.str(self);
        });
        t.getset("__class__", self -> self.type(), (self, value) -> {
            if (!(value instanceof PyType nt) || !(self instanceof PyInstance inst)) {
                throw PyExc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            inst.setType(nt);
        });
        t.classMethod("__init_subclass__", (cls, args, kw) -> {
            Builtin.noKeywords(Builtin.qualName("__init_subclass__", cls), kw);
            return PyNone.NONE;
        });
        t.classMethod("__subclasshook__", (cls, args, kw) -> PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__dir__", self -> Abstract.dir(self));
        t.method("__sizeof__", self -> PyInt.of(16));
        Reduce.define(t);
        t.def("__doc__", new BuiltinDocs.InstanceDoc());
    }

    /** object.__init__ as found in object's dict, to tell whether a class overrides it. */
    static PyObject objectInitDescr() {
        return TYPE.getDict().getItem(Names.__init__);
    }

    private static PyObject objectNew(PyObject unused, PyObject[] args, String[] kw) {
        if (args.length == 0 || !(args[0] instanceof PyType cls)) {
            throw PyExc.typeError("object.__new__(X): X is not a type object");
        }
        if (cls.solidBase() != TYPE) {
            throw PyExc.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.name, cls.solidBase().name);
        }
        if ((args.length > 1 || kw != null) && cls.lookup(Names.__init__) == objectInitDescr()) {
            if (cls.lookup(Names.__new__) == OBJECT_NEW) {
                throw PyExc.typeError("%s() takes no arguments", cls.name);
            }
            throw PyExc.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        return new PyInstance(cls);
    }

    static void checkNoArgs(PyType cls, PyObject[] args, String what) {
        if (args.length > 0) {
            throw PyExc.typeError("%s() takes no arguments", cls.name);
        }
    }

    public static String defaultRepr(PyObject self) {
        PyType tp = self.type();
        String mod = tp.module();
        String name = mod.equals("builtins") ? tp.qualname() : mod + "." + tp.qualname();
        return "<" + name + " object at " + Abstract.address(self) + ">";
    }

    /**
     * Attribute lookup without {@code __getattr__} fallback: data descriptors on the type win,
     * then the instance dict, then other class attributes. Null when absent.
     */
    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        PyType dt = null;
        if (descr != null) {
            dt = descr.type();
            if (dt.isDataDescriptor) {
                return descr.descrGet(obj, tp);
            }
        }
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        } else if (name == Names.__dict__) {
            return null;
        }
        if (descr != null) {
            return dt.isDescriptor ? descr.descrGet(obj, tp) : descr;
        }
        if (name.value.equals("__dict__") && d != null) {
            return d;
        }
        return null;
    }

    /** Sets (value non-null) or deletes (null) an attribute: data descriptor first, then the dict. */
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        if (descr != null && descr.type().isDataDescriptor) {
            descr.descrSet(obj, value);
            return;
        }
        PyDict d = obj.getDict();
        if (d == null) {
            if (descr == null) {
                if (tp == TYPE || !tp.isHeapType) {
                    throw PyExc.attributeError("'%s' object has no attribute '%s'", tp.name, name.value);
                }
                throw PyExc.attributeError("'%s' object has no attribute '%s'", tp.name, name.value);
            }
            throw PyExc.attributeError("'%s' object attribute '%s' is read-only", tp.name, name.value);
        }
        if (value == null) {
            if (d.delItem(name) == null) {
                throw PyExc.attributeError("'%s' object has no attribute '%s'", tp.name, name.value);
            }
        } else {
            d.setItem(name, value);
        }
    }
}
