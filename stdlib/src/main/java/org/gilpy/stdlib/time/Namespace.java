package org.gilpy.stdlib.time;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyInstance;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** A plain attribute bag printed as {@code namespace(a=1, b=2)}, what get_clock_info returns. */
final class Namespace {
    private Namespace() {}

    private static final PyType TYPE = create();

    private static PyType create() {
        PyDict ns = new PyDict();
        ns.setItem(Names.__module__, PyStr.of("types"));
        ns.setItem(Names.__qualname__, PyStr.of("SimpleNamespace"));
        PyType t = PyType.newHeapType(PyType.TYPE, "SimpleNamespace", new PyType[] {PyBaseObject.TYPE}, ns);
        t.setAttr(Names.__repr__, new PyBuiltinFunction("__repr__", (unused, args, kw) -> {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (var e : args[0].getDict().entries()) {
                sb.append(first ? "" : ", ").append(((PyStr) e.getKey()).value).append('=')
                        .append(Abstract.repr(e.getValue()).value);
                first = false;
            }
            return PyStr.of(sb.append(')').toString());
        }, null));
        return t;
    }

    static PyObject of(PyDict attrs) {
        PyInstance o = new PyInstance(TYPE);
        o.getDict().update(attrs);
        return o;
    }
}
