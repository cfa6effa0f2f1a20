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

    public void setDict(PyDict d) {
        this.dict = d;
    }

    void setType(PyType t) {
        this.type = t;
    }
}
