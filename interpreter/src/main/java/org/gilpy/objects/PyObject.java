package org.gilpy.objects;

/**
 * The root of every Python value. Java's {@link #hashCode()} and {@link #equals(Object)} are
 * Python's {@code hash()} and {@code ==}, so Python objects can key Java hash maps the way they
 * key a dict.
 */
public abstract class PyObject {
    /** Hands out id() numbers: unique among live objects, as CPython's addresses are. */
    private static final java.util.concurrent.atomic.AtomicInteger ID_SERIALS = new java.util.concurrent.atomic.AtomicInteger();
    /** This object's id() serial, 0 until id() (or a repr showing the address) first asks. */
    private int idSerial;

    public abstract PyType type();

    /**
     * {@code id(obj)}, made to look like a CPython address. Unlike an identity hash code, no two
     * objects share one (pickle's and deepcopy's memos are keyed on it).
     */
    public final long id() {
        int serial = idSerial;
        if (serial == 0) {
            serial = ID_SERIALS.incrementAndGet();
            idSerial = serial;
        }
        return 0x7f0000000000L + ((serial & 0xffffffffL) << 4);
    }

    /** The instance {@code __dict__}, or null when this object has none. */
    public PyDict getDict() {
        return null;
    }

    /** Attribute lookup (object.__getattribute__ for this layout): null when absent. */
    public PyObject getAttribute(PyStr name) {
        return PyBaseObject.genericGetAttr(this, name);
    }

    /** Sets an attribute, or deletes it when value is null (object.__setattr__ for this layout). */
    public void setAttribute(PyStr name, PyObject value) {
        PyBaseObject.genericSetAttr(this, name, value);
    }

    /** {@code type(self).__get__(self, obj, type)}; only called when {@link PyType#isDescriptor}. */
    public PyObject descrGet(PyObject obj, PyType type) {
        PyObject get = type().lookup(Names.__get__);
        return Abstract.call(get, this, obj == null ? PyNone.NONE : obj, type);
    }

    /** {@code type(self).__set__(self, obj, value)}, or {@code __delete__} when value is null. */
    public void descrSet(PyObject obj, PyObject value) {
        if (value == null) {
            PyObject del = type().lookup(Names.__delete__);
            if (del == null) {
                throw PyExc.attributeError("__delete__");
            }
            Abstract.call(del, this, obj);
        } else {
            PyObject set = type().lookup(Names.__set__);
            if (set == null) {
                throw PyExc.attributeError("__set__");
            }
            Abstract.call(set, this, obj, value);
        }
    }

    /** Calls this object: positional args, then keyword values named by kwnames (may be null). */
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject call = type().lookup(Names.__call__);
        if (call == null) {
            throw PyExc.typeError("'%s' object is not callable", type().name);
        }
        return Abstract.callPrepended(call, this, args, kwnames);
    }

    /** Python truth value. */
    public boolean isTrue() {
        return Abstract.isTrue(this);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(Abstract.hash(this));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof PyObject o && Abstract.eqBool(this, o));
    }

    /** Python's {@code repr()} as a Java string. */
    @Override
    public String toString() {
        return Abstract.repr(this).value;
    }

    /**
     * This object as a forked child process has it (see {@link ForkCopier}): by default the
     * object itself, which is right for what is immutable; mutable types override it.
     */
    public PyObject forkCopy(ForkCopier c) {
        return this;
    }
}
