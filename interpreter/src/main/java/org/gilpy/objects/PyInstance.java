package org.gilpy.objects;

/** An instance of a class whose layout is plain {@code object}: a type and a {@code __dict__}. */
public class PyInstance extends PyObject {
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

    /** Where {@code __slots__} attributes live (not visible as {@code __dict__}). */
    PyDict slotStorage() {
        if (slotValues == null) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    public void setDict(PyDict d) {
        this.dict = d;
    }

    void setType(PyType t) {
        this.type = t;
    }
}
