package org.gilpy.objects;

/** A bound method: a function and the object it was looked up on. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.constructor((cls, args, kw) -> {
            Builtin.noKeywords("method", kw);
            Builtin.range("method", args, 3, 3);
            if (!Abstract.isCallable(args[1])) {
                throw PyExc.typeError("first argument must be callable");
            }
            if (args[2] == PyNone.NONE) {
                throw PyExc.typeError("instance must not be None");
            }
            return new PyMethod(args[1], args[2]);
        });
        t.getter("__func__", self -> ((PyMethod) self).func);
        t.getter("__self__", self -> ((PyMethod) self).self);
        t.getter("__name__", self -> Abstract.getAttr(((PyMethod) self).func, Names.__name__));
        t.getter("__qualname__", self -> Abstract.getAttr(((PyMethod) self).func, Names.__qualname__));
        t.getter("__doc__", self -> Abstract.getAttr(((PyMethod) self).func, Names.__doc__));
        t.getter("__module__", self -> Abstract.getAttr(((PyMethod) self).func, Names.__module__));
        t.method("__repr__", self -> {
            PyMethod m = (PyMethod) self;
            PyObject q = Abstract.lookupAttr(m.func, Names.__qualname__);
            return PyStr.of("<bound method " + (q == null ? "?" : Abstract.str(q).value) + " of "
                    + Abstract.repr(m.self).value + ">");
        });
        t.method("__eq__", (a, b) -> b instanceof PyMethod mb
                ? PyBool.of(((PyMethod) a).func == mb.func && ((PyMethod) a).self == mb.self) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", a -> PyInt.of(System.identityHashCode(((PyMethod) a).func) ^ System.identityHashCode(((PyMethod) a).self)));
        t.methodVar("__call__", (self, args, kw) -> self.call(args, kw));
    });

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Abstract.callPrepended(func, self, args, kwnames);
    }

    @Override
    public PyObject getAttribute(PyStr name) {
        PyObject v = PyBaseObject.genericGetAttr(this, name);
        return v != null ? v : Abstract.lookupAttr(func, name);
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyObject f = c.copy(func);
        PyObject s = c.copy(self);
        PyObject cycle = c.copied(this);
        return cycle != null ? cycle : c.remember(this, new PyMethod(f, s));
    }
}
