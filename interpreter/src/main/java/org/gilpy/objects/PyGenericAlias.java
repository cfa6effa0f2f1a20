package org.gilpy.objects;

/** {@code list[int]} and the like: enough for annotations to evaluate and print. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("types"));
        // GenericAlias(origin, args): what classmethod(GenericAlias) as a __class_getitem__ calls
        t.constructor((unused, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyExc.typeError("GenericAlias() takes no keyword arguments");
            }
            if (args.length != 3) {
                throw PyExc.typeError("GenericAlias expected 2 arguments, got " + (args.length - 1));
            }
            return new PyGenericAlias(args[1], args[2]);
        });
        t.method("__or__", PyUnionType::or);
        t.method("__ror__", (self, other) -> PyUnionType.or(other, self));
        t.getter("__origin__", self -> ((PyGenericAlias) self).origin);
        t.getter("__args__", self -> ((PyGenericAlias) self).args);
        t.method("__repr__", self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(typeRepr(g.origin)).append('[');
            for (int i = 0; i < g.args.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(typeRepr(g.args.items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        });
        t.methodVar("__call__", (self, args, kw) -> ((PyGenericAlias) self).origin.call(args, kw));
        t.method("__getitem__", (self, k) -> new PyGenericAlias(((PyGenericAlias) self).origin, k));
        t.method("__eq__", (a, b) -> b instanceof PyGenericAlias g
                ? PyBool.of(((PyGenericAlias) a).origin == g.origin && ((PyGenericAlias) a).args.equals(g.args))
                : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", a -> PyInt.of(Abstract.hash(((PyGenericAlias) a).args)));
    });

    final PyObject origin;
    final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static String typeRepr(PyObject o) {
        if (o instanceof PyType t) {
            return t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
        }
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        return Abstract.repr(o).value;
    }
}
