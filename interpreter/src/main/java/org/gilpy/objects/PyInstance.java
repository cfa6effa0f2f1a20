package org.gilpy.objects;

/** An instance of a class whose layout is plain {@code object}: a type and a {@code __dict__}. */
public class PyInstance extends PyObject implements SlotHolder {
    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
    }

    /** A copy for a forked child: the class's copy, and copies of the attributes and slots. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyInstance copy = c.remember(this, new PyInstance((PyType) c.copy(type), null));
        if (dict != null) {
            copy.dict = (PyDict) c.copy(dict);
        }
        if (slotValues != null) {
            copy.slotValues = (PyDict) c.copy(slotValues);
        }
        return copy;
    }

    private PyInstance(PyType type, PyDict dict) {
        this.type = type;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    private PyDict slotValues;

    @Override
    public PyDict slotStorage() {
        return slotValues != null ? slotValues : (slotValues = new PyDict());
    }

    public void setDict(PyDict d) {
        this.dict = d;
    }

    void setType(PyType t) {
        this.type = t;
    }
}
