package org.gilpy.objects;

import java.util.Arrays;
import org.gilpy.vm.ThreadState;

/**
 * The methods of {@code type} itself: attributes of classes ({@code __name__}, {@code __mro__}...),
 * {@code type(x)} and {@code type(name, bases, ns)}, and class creation ({@code type.__new__}).
 */
public final class PyTypeMethods {
    private PyTypeMethods() {}

    public static final PyObject TYPE_CALL = new PyMethodDescr(PyType.TYPE, "__call__",
            (self, args, kw) -> ((PyType) self).construct(args, kw));
    public static final PyObject GETATTRIBUTE = new PyMethodDescr(PyType.TYPE, "__getattribute__",
            Builtin.of("__getattribute__", (Builtin.M1) (self, name) -> {
                PyStr n = Abstract.attrName(name);
                PyObject v = self.getAttribute(n);
                if (v == null) {
                    throw Abstract.noAttribute(self, n);
                }
                return v;
            }));

    private static PyType t(PyObject o) {
        return (PyType) o;
    }

    static void define(PyType t) {
        t.def("__call__", TYPE_CALL);
        t.def("__getattribute__", GETATTRIBUTE);
        // through PyType.setAttribute, so the type's version (and every lookup cache) moves
        t.method("__setattr__", (self, name, value) -> {
            t(self).setAttribute(Abstract.attrName(name), value);
            return PyNone.NONE;
        });
        t.method("__delattr__", (self, name) -> {
            t(self).setAttribute(Abstract.attrName(name), null);
            return PyNone.NONE;
        });
        t.constructor(PyTypeMethods::typeNew);
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getset("__name__", self -> PyStr.of(t(self).name), (self, v) -> {
            if (!t(self).isHeapType) {
                throw PyExc.typeError("cannot set '__name__' attribute of immutable type '%s'", t(self).name);
            }
            if (!(v instanceof PyStr s)) {
                throw PyExc.typeError("can only assign string to %s.__name__, not '%s'", t(self).name,
                        v == null ? "NoneType" : v.type().name);
            }
            if (s.value.indexOf('\0') >= 0) {
                throw PyExc.valueError("type name must not contain null characters");
            }
            t(self).name = s.value;
        });
        t.getset("__qualname__", self -> PyStr.of(t(self).qualname()), (self, v) -> {
            if (!t(self).isHeapType) {
                throw PyExc.typeError("cannot set '__qualname__' attribute of immutable type '%s'", t(self).name);
            }
            t(self).setQualname(qualnameArg(v));
        });
        t.getset("__module__", self -> PyStr.of(t(self).module()), (self, v) -> t(self).setAttr(Names.__module__, v));
        t.getter("__mro__", self -> PyTuple.of((PyObject[]) t(self).mro().clone()));
        t.getset("__bases__", self -> PyTuple.of((PyObject[]) t(self).bases().clone()), (self, v) -> {
            PyObject[] items = Abstract.toArray(v);
            t(self).setBases(Arrays.copyOf(items, items.length, PyType[].class));
        });
        // Only the flags Python code tests: Py_TPFLAGS_HEAPTYPE (copyreg) and Py_TPFLAGS_BASETYPE.
        t.getter("__flags__", self -> PyInt.of((t(self).isHeapType ? 1 << 9 : 0) | (t(self).isBaseType ? 1 << 10 : 0)));
        t.getter("__base__", self -> t(self).base() == null ? PyNone.NONE : t(self).base());
        t.getter("__dict__", self -> new PyMappingProxy(t(self).getDict()));
        t.getset("__doc__", self -> {
            PyObject d = t(self).getDict().getItem(Names.__doc__);
            if (d == null || d instanceof BuiltinDocs.InstanceDoc) {
                return t(self).isHeapType ? PyNone.NONE : BuiltinDocs.doc(t(self).name);
            }
            return d.type().isDescriptor ? d.descrGet(null, t(self)) : d;
        }, (self, v) -> {
            if (!t(self).isHeapType) {
                throw PyExc.typeError("cannot set '__doc__' attribute of immutable type '%s'", t(self).name);
            }
            t(self).setAttr(Names.__doc__, v == null ? PyNone.NONE : v);
        });
        t.getter("__text_signature__",
                self -> t(self).isHeapType ? PyNone.NONE : BuiltinDocs.textSignature(t(self).name));
        t.method("mro", self -> new PyList((PyObject[]) t(self).mro().clone()));
        t.method("__repr__", self -> {
            PyType c = t(self);
            String mod = c.module();
            return PyStr.of("<class '" + (mod.equals("builtins") ? c.qualname() : mod + "." + c.qualname()) + "'>");
        });
        t.method("__instancecheck__", (self, o) -> PyBool.of(o.type().isSubtypeOf(t(self))));
        t.method("__subclasscheck__", (self, o) -> PyBool.of(o instanceof PyType s && s.isSubtypeOf(t(self))));
        t.method("__subclasses__", self -> new PyList(t(self).subclasses()));
        t.classMethod("__prepare__", (cls, args, kw) -> new PyDict());
        t.method("__or__", PyUnionType::or);
        t.method("__ror__", (a, b) -> PyUnionType.or(b, a));
    }

    private static String qualnameArg(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyExc.typeError("type __qualname__ must be a str, not %s", v.type().name);
        }
        return s.value;
    }

    /**
     * The {@code __dict__} and {@code __weakref__} descriptors a new class adds when its instances
     * gain that storage and no base provides it already.
     */
    private static void addInstanceAttributes(PyType cls, PyDict ns) {
        PyType layout = cls.solidBase();
        boolean exception = layout.isSubtypeOf(PyExc.BaseException);
        if (cls.hasInstanceDict() && !exception && cls.mro()[1].lookup(Names.__dict__) == null) {
            cls.setAttr(Names.__dict__, new PyGetSetDescr(cls, "__dict__", PyTypeMethods::instanceDict,
                    PyTypeMethods::setInstanceDict));
        }
        boolean layoutHasNoWeakref = layout == PyBaseObject.TYPE || layout == PyStr.TYPE || layout == PyFloat.TYPE
                || layout == PyList.TYPE || layout == PyDict.TYPE || layout == PyByteArray.TYPE
                || layout == PyComplex.TYPE || exception;
        if (layoutHasNoWeakref && PySlotDescr.slotsInclude(ns, "__weakref__")
                && cls.mro()[1].lookup(Names.__weakref__) == null) {
            cls.setAttr(Names.__weakref__, new PyGetSetDescr(cls, "__weakref__", self -> PyNone.NONE, null));
        }
    }

    private static PyObject instanceDict(PyObject self) {
        PyDict d = self.getDict();
        if (d == null) {
            throw PyExc.attributeError("'%s' object has no attribute '__dict__'", self.type().name);
        }
        return d;
    }

    private static void setInstanceDict(PyObject self, PyObject value) {
        if (value == null) {
            throw PyExc.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyExc.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name);
        }
        if (!(self instanceof PyInstance inst)) {
            throw PyExc.typeError("cannot replace the __dict__ of a '%s' object", self.type().name);
        }
        inst.setDict(d);
    }

    /** type(x) or type(name, bases, dict): the latter is class creation. */
    private static PyObject typeNew(PyObject unused, PyObject[] args, String[] kw) {
        PyType meta = (PyType) args[0];
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos == 2 && meta == PyType.TYPE && kw == null) {
            return args[1].type();
        }
        if (npos != 4) {
            throw PyExc.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[1] instanceof PyStr nameStr)) {
            throw PyExc.typeError("type.__new__() argument 1 must be str, not %s", args[1].type().name);
        }
        String name = nameStr.value;
        if (!(args[2] instanceof PyTuple baseTuple)) {
            throw PyExc.typeError("type.__new__() argument 2 must be tuple, not %s", args[2].type().name);
        }
        if (!(args[3] instanceof PyDict ns)) {
            throw PyExc.typeError("type.__new__() argument 3 must be dict, not %s", args[3].type().name);
        }
        PyObject[] baseObjs = baseTuple.items.length == 0 ? new PyObject[] {PyBaseObject.TYPE} : baseTuple.items;
        PyType winner = meta;
        for (PyObject b : baseObjs) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
            } else {
                throw PyExc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
        }
        for (PyObject b : baseObjs) {
            if (!(b instanceof PyType)) {
                throw PyExc.typeError("bases must be types");
            }
        }
        PyType[] bases = Arrays.copyOf(baseObjs, baseObjs.length, PyType[].class);
        PyDict dict = ns.copy();
        PyObject newFn = dict.getItem(Names.__new__);
        if (newFn != null && !(newFn instanceof PyStaticMethod)) {
            dict.setItem(Names.__new__, new PyStaticMethod(newFn));
        }
        for (PyStr special : new PyStr[] {Names.__init_subclass__, Names.__class_getitem__}) {
            PyObject f = dict.getItem(special);
            if (f != null && !(f instanceof PyClassMethod)) {
                dict.setItem(special, new PyClassMethod(f));
            }
        }
        if (dict.getItem(Names.__module__) == null) {
            // type(name, bases, ns) called directly: the class belongs to the caller's module
            ThreadState ts = ThreadState.currentOrNull();
            PyObject module = ts == null || ts.frame == null ? null : ts.frame.globals.getItem(Names.__name__);
            if (module != null) {
                dict.setItem(Names.__module__, module);
            }
        }
        PyObject qualname = dict.getItem(Names.__qualname__);
        if (qualname != null) {
            qualnameArg(qualname);
        }
        if (dict.getItem(Names.__doc__) == null) {
            dict.setItem(Names.__doc__, PyNone.NONE);
        }
        // a class that defines __eq__ but not __hash__ is unhashable (its inherited hash would disagree)
        if (dict.getItem(Names.__eq__) != null && dict.getItem(Names.__hash__) == null) {
            dict.setItem(Names.__hash__, PyNone.NONE);
        }
        PyObject cell = dict.delItem(Names.__classcell__);
        PyType cls = PyType.newHeapType(winner, name, bases, dict);
        PySlotDescr.install(cls, dict);
        addInstanceAttributes(cls, dict);
        for (PyType b : bases) {
            b.addSubclass(cls);
        }
        if (cell != null) {
            ((org.gilpy.vm.PyCell) cell).set(cls);
        }
        for (java.util.Map.Entry<PyObject, PyObject> e : dict.entries()) {
            PyObject setName = e.getValue().type().lookup(Names.__set_name__);
            if (setName != null) {
                Abstract.callPrepended(setName, e.getValue(), cls, e.getKey());
            }
        }
        // super(cls, cls).__init_subclass__(**kwargs)
        PyType parent = cls.mro().length > 1 ? cls.mro()[1] : PyBaseObject.TYPE;
        PyObject initSub = null;
        for (int i = 1; i < cls.mro().length && initSub == null; i++) {
            initSub = cls.mro()[i].getDict().getItem(Names.__init_subclass__);
        }
        if (initSub != null) {
            PyObject bound = initSub.type().isDescriptor ? initSub.descrGet(cls, cls.type()) : initSub;
            if (initSub instanceof PyClassMethod cm) {
                bound = new PyMethod(cm.func, cls);
            }
            PyObject[] kwValues = kw == null ? new PyObject[0] : Arrays.copyOfRange(args, npos, args.length);
            bound.call(kwValues, kw);
        } else if (kw != null) {
            throw PyExc.typeError("%s.__init_subclass__() takes no keyword arguments", parent.name);
        }
        return cls;
    }
}
