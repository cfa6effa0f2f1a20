package org.gilpy.objects;

/**
 * {@code builtin_function_or_method}: a module function implemented in Java, or a builtin method
 * bound to its receiver ({@code "a".upper}).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getter("__name__", self -> PyStr.of(((PyBuiltinFunction) self).name));
        t.getter("__qualname__", self -> PyStr.of(Builtin.qualName(((PyBuiltinFunction) self).name,
                ((PyBuiltinFunction) self).self)));
        t.method("__repr__", self -> PyStr.of(((PyBuiltinFunction) self).repr()));
        BuiltinDocs.declareGetters(t, self -> BuiltinDocs.functionKey(((PyBuiltinFunction) self).name,
                ((PyBuiltinFunction) self).self));
        t.methodVar("__call__", (self, args, kw) -> self.call(args, kw));
        t.getter("__module__",
                self -> ((PyBuiltinFunction) self).self instanceof PyModule m ? PyStr.of(m.name()) : PyNone.NONE);
        t.getter("__self__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self;
            return s == null || ((PyBuiltinFunction) self).isStatic ? PyNone.NONE : s;
        });
    });

    public final String name;
    public final Builtin.Impl impl;
    /**
     * The receiver of a bound method, the module of a module function, the type of a static
     * method, or null.
     */
    public final PyObject self;
    /** A builtin type's static method: its self names the type, but its __self__ is None. */
    private final boolean isStatic;

    public PyBuiltinFunction(String name, Builtin.Impl impl, PyObject self) {
        this(name, impl, self, false);
    }

    private PyBuiltinFunction(String name, Builtin.Impl impl, PyObject self, boolean isStatic) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.isStatic = isStatic;
    }

    /** A static method of a builtin type ({@code str.maketrans}). */
    static PyBuiltinFunction staticMethod(PyType owner, String name, Builtin.Impl impl) {
        return new PyBuiltinFunction(name, impl, owner, true);
    }

    public static PyBuiltinFunction of(String name, Builtin.Impl impl) {
        return new PyBuiltinFunction(name, impl, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * A bound builtin method is bound to the copy of its receiver. A module function is found
     * by the copier among its module's names (it may belong to the parent interpreter), and
     * shared when it is not there.
     */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        if (self == null || self instanceof PyModule) {
            return this;
        }
        PyObject s = c.copy(self);
        return s == self ? this : c.remember(this, new PyBuiltinFunction(name, impl, s, isStatic));
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    public String repr() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name + " object at " + Abstract.address(self) + ">";
    }
}
