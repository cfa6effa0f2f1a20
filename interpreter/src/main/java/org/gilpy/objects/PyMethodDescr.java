package org.gilpy.objects;

/** A method of a builtin type ({@code str.upper}): binds to an instance on attribute access. */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(false);
        t.isBaseType = false;
        t.isDescriptor = true;
        t.getter("__name__", self -> PyStr.of(((PyMethodDescr) self).name));
        t.getter("__qualname__", self -> PyStr.of(((PyMethodDescr) self).owner.name + "." + ((PyMethodDescr) self).name));
        t.getter("__objclass__", self -> ((PyMethodDescr) self).owner);
        t.method("__repr__", self -> PyStr.of(((PyMethodDescr) self).repr()));
        BuiltinDocs.declareGetters(t,
                self -> BuiltinDocs.memberKey(((PyMethodDescr) self).owner, ((PyMethodDescr) self).name));
        t.methodVar("__call__", (self, args, kw) -> self.call(args, kw));
    });

    static {
        TYPE.isDescriptor = true;
    }

    public final PyType owner;
    public final String name;
    public final Builtin.Impl impl;

    public PyMethodDescr(PyType owner, String name, Builtin.Impl impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(name, impl, checkSelf(obj));
    }

    PyObject checkSelf(PyObject self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw PyExc.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.name,
                    self.type().name);
        }
        return self;
    }

    /** Calls the method with an explicit receiver: the unbound form {@code str.upper("a")}. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return impl.call(checkSelf(self), args, kwnames);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (args.length == 0) {
            throw PyExc.typeError("unbound method %s.%s() needs an argument", owner.name, name);
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    public String repr() {
        return "<method '" + name + "' of '" + owner.name + "' objects>";
    }
}
