package org.gilpy.objects;

/** An instance of a class whose layout is plain {@code object}: a type and a {@code __dict__}. */
public class PyInstance extends PyObject implements SlotHolder {
    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
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
