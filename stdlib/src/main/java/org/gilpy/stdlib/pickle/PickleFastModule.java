package org.gilpy.stdlib.pickle;

import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _pickle_fast}: the Java fast paths behind pickle.dumps and pickle.loads, for the plain
 * data most pickles hold. Each answers None when pickle.py must do the work itself.
 * {@code dumps(obj, protocol)} gives bytes; {@code loads(data)} gives a 1-tuple of the object.
 */
public final class PickleFastModule implements ModuleDef {
    @Override
    public String name() {
        return "_pickle_fast";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_pickle_fast");
        m.function("dumps", (self, args, kw) -> {
            Builtin.noKeywords("dumps", kw);
            Builtin.range("dumps", args, 2, 2);
            if (args[1].type() != PyInt.TYPE || ((PyInt) args[1]).isBig()) {
                return PyNone.NONE;
            }
            byte[] data = FastPickler.dumps(interp, args[0], (int) ((PyInt) args[1]).v);
            return data == null ? PyNone.NONE : new PyBytes(data);
        });
        m.function("loads", (self, args, kw) -> {
            Builtin.noKeywords("loads", kw);
            Builtin.range("loads", args, 1, 1);
            if (args[0].type() != PyBytes.TYPE) {
                return PyNone.NONE;
            }
            PyObject obj = FastUnpickler.loads(interp, ((PyBytes) args[0]).bytes);
            return obj == null ? PyNone.NONE : PyTuple.of(obj);
        });
        return m;
    }
}
