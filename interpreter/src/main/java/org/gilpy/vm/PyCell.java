package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** A cell: one variable shared between a function and the closures nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getset("cell_contents", c -> {
            PyObject v = ((PyCell) c).value;
            if (v == null) {
                throw PyExc.valueError("Cell is empty");
            }
            return v;
        }, (c, v) -> ((PyCell) c).value = v);
        t.method("__repr__", c -> PyStr.of(((PyCell) c).value == null ? "<cell at " + Abstract.address(c) + ": empty>"
                : "<cell at " + Abstract.address(c) + ": " + ((PyCell) c).value.type().name + " object at "
                + Abstract.address(((PyCell) c).value) + ">"));
    });

    /** The variable's value, null while unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject forkCopy(org.gilpy.objects.ForkCopier c) {
        PyCell copy = c.remember(this, new PyCell(null));
        copy.value = value == null ? null : c.copy(value);
        return copy;
    }

    public void set(PyObject v) {
        value = v;
    }
}
