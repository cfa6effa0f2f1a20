package org.gilpy.objects;

/** A {@code __slots__} entry: a data descriptor storing one attribute per instance. */
public final class PySlotDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyBaseObject.TYPE, t -> {
        t.descriptorMethods(true);
        t.isBaseType = false;
        t.method("__repr__", d -> PyStr.of("<member '" + ((PySlotDescr) d).name.value + "' of '"
                + ((PySlotDescr) d).owner.name + "' objects>"));
        t.getter("__name__", d -> ((PySlotDescr) d).name);
    });

    static {
        TYPE.isDescriptor = true;
        TYPE.isDataDescriptor = true;
    }

    private final PyType owner;
    private final PyStr name;

    PySlotDescr(PyType owner, PyStr name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyType o = (PyType) c.copy(owner);
        PyObject cycle = c.copied(this);
        return cycle != null ? cycle : c.remember(this, new PySlotDescr(o, name));
    }

    private PyDict storage(PyObject obj) {
        if (!(obj instanceof SlotHolder holder) || !obj.type().isSubtypeOf(owner)) {
            throw PyExc.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name.value,
                    owner.name, obj.type().name);
        }
        return holder.slotStorage();
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = storage(obj).getItem(name);
        if (v == null) {
            throw PyExc.attributeError("'%s' object has no attribute '%s'", obj.type().name, name.value);
        }
        return v;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyDict s = storage(obj);
        if (value == null) {
            if (s.delItem(name) == null) {
                throw PyExc.attributeError("'%s' object has no attribute '%s'", obj.type().name, name.value);
            }
        } else {
            s.setItem(name, value);
        }
    }

    /** Adds a descriptor to cls for each name in its {@code __slots__} (except __dict__/__weakref__). */
    static void install(PyType cls, PyDict ns) {
        PyObject slots = ns.getItem(Names.__slots__);
        if (slots == null) {
            return;
        }
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw PyExc.typeError("__slots__ items must be strings, not '%s'", n.type().name);
            }
            if (s.value.equals("__dict__") || s.value.equals("__weakref__")) {
                continue;
            }
            for (PyType fixed : new PyType[] {PyInt.TYPE, PyTuple.TYPE, PyBytes.TYPE}) {
                if (cls.isSubtypeOf(fixed)) {
                    throw PyExc.typeError("nonempty __slots__ not supported for subtype of '%s'", fixed.name);
                }
            }
            PyStr key = PyStr.intern(org.gilpy.compiler.Symtable.mangle(cls.name, s.value));
            if (ns.getItem(key) != null) {
                throw PyExc.valueError("'%s' in __slots__ conflicts with class variable", s.value);
            }
            cls.setAttr(key, new PySlotDescr(cls, key));
        }
    }

    /** Whether this namespace's __slots__ asks for a __dict__ anyway. */
    static boolean slotsIncludeDict(PyDict ns) {
        return slotsInclude(ns, "__dict__");
    }

    /** Whether a class with this namespace has {@code storage} (__dict__, __weakref__): no __slots__, or listed. */
    static boolean slotsInclude(PyDict ns, String storage) {
        PyObject slots = ns.getItem(Names.__slots__);
        if (slots == null) {
            return true;
        }
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        for (PyObject n : names) {
            if (n instanceof PyStr s && s.value.equals(storage)) {
                return true;
            }
        }
        return false;
    }
}
