package org.gilpy.builtins;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;

/**
 * The builtin {@code help} (CPython's {@code _sitebuiltins._Helper}): calling it imports pydoc,
 * on first use only so that programs that never ask for help don't load it, and hands the
 * arguments to {@code pydoc.help}.
 */
final class Helper extends PyObject {
    static final PyType TYPE = PyType.builtin("_Helper", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getDict().setItem(Names.__module__, PyStr.of("_sitebuiltins"));
        t.method("__repr__",
                self -> PyStr.of("Type help() for interactive help, or help(object) for help about object."));
        t.methodVar("__call__", (self, args, kw) -> {
            Interpreter interp = ThreadState.current().interp;
            PyObject pydoc = interp.importer.importName("pydoc", new PyDict(), PyTuple.EMPTY, 0);
            return Abstract.getAttr(pydoc, PyStr.intern("help")).call(args, kw);
        });
    });

    @Override
    public PyType type() {
        return TYPE;
    }
}
