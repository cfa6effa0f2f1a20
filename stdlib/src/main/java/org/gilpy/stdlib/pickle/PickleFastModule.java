package org.gilpy.stdlib.pickle;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _pickle_fast}: the Java fast paths of pickle, for the plain data most pickles hold.
 * {@code dumps} and {@code loads} are pickle.dumps and pickle.loads themselves: a call the fast
 * path cannot serve (keywords, a protocol below 2, an instance to reduce, bad data) goes on, with
 * the same arguments, to pickle.py's {@code _dumps}/{@code _loads}. {@code try_dumps(obj,
 * protocol)} and {@code try_loads(data)} are the fast paths alone: None when they give up,
 * else the bytes, or a 1-tuple of the object.
 */
public final class PickleFastModule implements ModuleDef {
    private static final int DEFAULT_PROTOCOL = 4;

    @Override
    public String name() {
        return "_pickle_fast";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_pickle_fast");
        m.function("dumps", (self, args, kw) -> {
            if (kw == null && (args.length == 1 || args.length == 2)) {
                byte[] data = fastDumps(interp, args[0], args.length == 2 ? args[1] : PyNone.NONE);
                if (data != null) {
                    return new PyBytes(data);
                }
            }
            return Abstract.callKw(fallback(interp, "_dumps"), args, kw);
        });
        m.function("loads", (self, args, kw) -> {
            if (kw == null && args.length == 1 && args[0].type() == PyBytes.TYPE) {
                PyObject obj = FastUnpickler.loads(interp, ((PyBytes) args[0]).bytes);
                if (obj != null) {
                    return obj;
                }
            }
            return Abstract.callKw(fallback(interp, "_loads"), args, kw);
        });
        m.function("try_dumps", (self, args, kw) -> {
            Builtin.noKeywords("try_dumps", kw);
            Builtin.range("try_dumps", args, 2, 2);
            byte[] data = fastDumps(interp, args[0], args[1]);
            return data == null ? PyNone.NONE : new PyBytes(data);
        });
        m.function("try_loads", (self, args, kw) -> {
            Builtin.noKeywords("try_loads", kw);
            Builtin.range("try_loads", args, 1, 1);
            PyObject obj = args[0].type() == PyBytes.TYPE ? FastUnpickler.loads(interp, ((PyBytes) args[0]).bytes) : null;
            return obj == null ? PyNone.NONE : PyTuple.of(obj);
        });
        return m;
    }

    /** The fast pickle of obj, or null; protocol None means the default, a non-int leaves it to pickle.py. */
    private static byte[] fastDumps(Interpreter interp, PyObject obj, PyObject protocol) {
        if (protocol == PyNone.NONE) {
            return FastPickler.dumps(interp, obj, DEFAULT_PROTOCOL);
        }
        if (protocol.type() != PyInt.TYPE || ((PyInt) protocol).isBig()) {
            return null;
        }
        return FastPickler.dumps(interp, obj, (int) ((PyInt) protocol).v);
    }

    /** pickle.py's pure-Python dumps or loads, for what the fast paths leave. */
    private static PyObject fallback(Interpreter interp, String name) {
        PyModule pickle = interp.importer.importModule("pickle");
        return Abstract.getAttr(pickle, PyStr.intern(name));
    }
}
