package org.gilpy.objects;

import org.gilpy.bytecode.PyCode;

/** One entry of a traceback: where an exception passed, linked from outermost to innermost. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getset("tb_next", self -> {
            PyTraceback n = ((PyTraceback) self).next;
            return n == null ? PyNone.NONE : n;
        }, (self, v) -> {
            if (v == null) {
                throw PyExc.typeError("can't delete tb_next attribute");
            }
            if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                throw PyExc.typeError("expected traceback object or None, got '%s'", v.type().name);
            }
            for (PyObject c = v; c instanceof PyTraceback ct; c = ct.next) {
                if (ct == self) {
                    throw PyExc.valueError("traceback loop detected");
                }
            }
            ((PyTraceback) self).next = v == PyNone.NONE ? null : (PyTraceback) v;
        });
        t.getter("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno));
        t.getter("tb_frame", self -> ((PyTraceback) self).frame);
        t.getter("tb_lasti", self -> PyInt.of(((PyTraceback) self).lasti * 2L));
    });

    /** The frame object (the VM's frame); its code gives file name and function name. */
    public final PyObject frame;
    public final PyCode code;
    public final int lineno;
    public final int lasti;
    /** The entry for the next (deeper) frame; writable from Python as in CPython 3.7+. */
    public PyTraceback next;

    public PyTraceback(PyObject frame, PyCode code, int lasti, int lineno, PyTraceback next) {
        this.frame = frame;
        this.code = code;
        this.lasti = lasti;
        this.lineno = lineno;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
