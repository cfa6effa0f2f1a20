package org.gilpy.objects;

/**
 * An exception object ({@code BaseException} and every subclass): args, the chaining links
 * {@code __cause__}/{@code __context__}, and the traceback collected while it propagates.
 */
public class PyBaseException extends PyObject {
    private PyType type;
    private PyDict dict;
    public PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    public PyTraceback traceback;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * A copy for a forked child, with its class, arguments, attributes and chained exceptions
     * copied; the traceback (frames of the parent) is shared. Exception groups are shared.
     */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        if (getClass() != PyBaseException.class) {
            return this;
        }
        PyBaseException copy = c.remember(this, new PyBaseException((PyType) c.copy(type), PyTuple.EMPTY));
        copy.args = (PyTuple) c.copy(args);
        copy.dict = dict == null ? null : (PyDict) c.copy(dict);
        copy.cause = cause == null ? null : (PyBaseException) c.copy(cause);
        copy.context = context == null ? null : (PyBaseException) c.copy(context);
        copy.suppressContext = suppressContext;
        copy.traceback = traceback;
        return copy;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    void setType(PyType t) {
        this.type = t;
    }

    /** The one argument's str, "" for none, the args tuple's str for several, as BaseException.__str__. */
    public String message() {
        PyObject s = Abstract.str(this);
        return ((PyStr) s).value;
    }

    /** An attribute stored on the instance (SystemExit.code, StopIteration.value, OSError.errno...). */
    public PyObject attr(String name) {
        PyObject v = getDict().get(name);
        return v == null ? PyNone.NONE : v;
    }

    public void setAttr(String name, PyObject v) {
        getDict().put(name, v);
    }

    /** Raises this exception: the Java throwable to throw. */
    public PyException toThrowable() {
        return new PyException(this);
    }
}
