package org.gilpy.builtins;

import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The builtins {@code exit} and {@code quit} (CPython's {@code _sitebuiltins.Quitter}): calling
 * one raises SystemExit; its repr tells someone who typed the bare name at the prompt how to leave.
 */
final class Quitter extends PyObject {
    static final PyType TYPE = PyType.builtin("Quitter", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getDict().setItem(Names.__module__, PyStr.of("_sitebuiltins"));
        t.method("__repr__", self -> PyStr.of("Use " + ((Quitter) self).name + "() or Ctrl-D (i.e. EOF) to exit"));
        t.methodVar("__call__", (self, args, kw) -> {
            throw new PyException(PyExc.instance(PyExc.SystemExit, args));
        });
    });

    private final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
