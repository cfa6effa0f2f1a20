package org.gilpy.objects;

/** {@code mappingproxy}: a read-only live view of a mapping, what {@code cls.__dict__} returns. */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyBaseObject.TYPE, PyMappingProxy::define);

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject m(PyObject self) {
        return ((PyMappingProxy) self).mapping;
    }

    private static void define(PyType t) {
        t.isBaseType = false;
        t.constructor((unused, args, kw) -> {
            PyObject[] p = ArgParser.parse("mappingproxy", java.util.Arrays.copyOfRange(args, 1, args.length), kw,
                    new String[] {"mapping"}, 1);
            PyObject mapping = p[0];
            if (!Abstract.isMapping(mapping) || mapping instanceof PyList || mapping instanceof PyTuple) {
                throw PyExc.typeError("mappingproxy() argument must be a mapping, not %s", mapping.type().name);
            }
            return new PyMappingProxy(mapping);
        });
        t.method("__getitem__", (self, k) -> Abstract.getItem(m(self), k));
        t.method("__contains__", (self, k) -> PyBool.of(Abstract.contains(m(self), k)));
        t.method("__len__", self -> PyInt.of(Abstract.size(m(self))));
        t.method("__iter__", self -> Abstract.iter(m(self)));
        t.method("__reversed__", self -> Abstract.callMethod(m(self), PyStr.intern("__reversed__")));
        t.methodVar("get", (self, args, kw) -> {
            Builtin.noKeywords("get", kw);
            Builtin.range("get", args, 1, 2);
            return Abstract.callMethod(m(self), PyStr.intern("get"), args[0], args.length == 2 ? args[1] : PyNone.NONE);
        });
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            PyStr method = PyStr.intern(name);
            t.method(name, self -> Abstract.callMethod(m(self), method));
        }
        t.method("__eq__", (self, other) -> Abstract.richCompare(m(self), other, Abstract.CMP_EQ));
        t.method("__ne__", (self, other) -> Abstract.richCompare(m(self), other, Abstract.CMP_NE));
        t.method("__or__", (self, other) -> Abstract.binaryOp(m(self),
                other instanceof PyMappingProxy p ? p.mapping : other, Abstract.NB_OR));
        t.method("__ror__", (self, other) -> Abstract.binaryOp(other, m(self), Abstract.NB_OR));
        t.method("__str__", self -> Abstract.str(m(self)));
        t.method("__repr__", self -> PyStr.of("mappingproxy(" + Abstract.repr(m(self)).value + ")"));
        t.method("__hash__", self -> PyInt.of(Abstract.hash(m(self))));
    }
}
