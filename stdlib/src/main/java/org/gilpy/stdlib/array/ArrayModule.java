package org.gilpy.stdlib.array;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** {@code array}: the {@link PyArray} type (also named ArrayType) and the typecodes it knows. */
public final class ArrayModule implements ModuleDef {
    @Override
    public String name() {
        return "array";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array");
        m.put("array", PyArray.TYPE);
        m.put("ArrayType", PyArray.TYPE);
        m.put("typecodes", PyStr.of(TypeCode.ALL));
        // as CPython's array module does: an array is a MutableSequence (isinstance, match)
        PyObject mutableSequence = Abstract.getAttr(interp.importer.importModule("collections.abc"),
                PyStr.intern("MutableSequence"));
        Abstract.call(Abstract.getAttr(mutableSequence, PyStr.intern("register")), PyArray.TYPE);
        return m;
    }
}
