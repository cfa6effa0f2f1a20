package org.gilpy.stdlib.traceback;

import org.gilpy.builtins.TracebackPrinter;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _traceback}: what the {@code traceback} module needs from the parser. CPython's
 * traceback.py parses the failing expression with {@code ast} to place the {@code ~~^^} markers;
 * gilpy has no {@code ast} module, so it asks the same code the interpreter's own traceback
 * printer uses.
 */
public final class TracebackHelperModule implements ModuleDef {
    @Override
    public String name() {
        return "_traceback";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_traceback");
        m.function("caret_anchors", Builtin.of("caret_anchors", (self, segment) -> {
            if (!(segment instanceof PyStr s)) {
                throw PyExc.typeError("caret_anchors() argument must be str, not %s", segment.type().name);
            }
            int[] a = TracebackPrinter.anchors(s.value);
            return a == null ? PyNone.NONE : PyTuple.of(PyInt.of(a[0]), PyInt.of(a[1]));
        }));
        return m;
    }
}
