package org.gilpy.objects;

/** A computed attribute of a builtin type ({@code function.__name__}, {@code exc.args}). */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(true);
        t.isBaseType = false;
        t.method("__repr__", self -> PyStr.of(((PyGetSetDescr) self).repr()));
        t.getter("__name__", self -> PyStr.of(((PyGetSetDescr) self).name));
        t.getter("__qualname__",
                self -> PyStr.of(((PyGetSetDescr) self).owner.qualname() + "." + ((PyGetSetDescr) self).name));
        t.getter("__objclass__", self -> ((PyGetSetDescr) self).owner);
        t.getter("__doc__", self -> BuiltinDocs.doc(BuiltinDocs.memberKey(((PyGetSetDescr) self).owner,
                ((PyGetSetDescr) self).name)));
    });

    static {
        TYPE.isDescriptor = true;
        TYPE.isDataDescriptor = true;
    }

    @FunctionalInterface
    public interface Setter {
        /** value is null for {@code del}. */
        void set(PyObject self, PyObject value);
    }

    private final PyType owner;
    private final String name;
    private final Builtin.M0 get;
    private final Setter set;

    public PyGetSetDescr(PyType owner, String name, Builtin.M0 get, Setter set) {
        this.owner = owner;
        this.name = name;
        this.get = get;
        this.set = set;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : get.call(obj);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (set == null) {
            throw PyExc.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name);
        }
        set.set(obj, value);
    }

    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
