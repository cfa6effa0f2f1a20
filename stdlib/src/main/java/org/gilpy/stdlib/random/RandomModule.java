package org.gilpy.stdlib.random;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code random} module: the {@link PyRandom} classes and, as in CPython, module functions
 * that are the bound methods of one hidden instance seeded from the OS at import.
 */
public final class RandomModule implements ModuleDef {
    private static final String[] METHODS = {
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
        "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
        "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"
    };

    @Override
    public String name() {
        return "random";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("random");
        m.put("Random", PyRandom.TYPE).put("SystemRandom", PyRandom.SYSTEM_TYPE);
        PyObject inst = Abstract.call(PyRandom.TYPE, PyNone.NONE);
        m.put("_inst", inst);
        for (String name : METHODS) {
            m.put(name, Abstract.getAttr(inst, PyStr.intern(name)));
        }
        m.put("BPF", PyInt.of(53)).put("RECIP_BPF", new PyFloat(0x1p-53)).put("TWOPI", new PyFloat(2 * Math.PI));
        m.put("NV_MAGICCONST", new PyFloat(4 * Math.exp(-0.5) / Math.sqrt(2.0)));
        m.put("LOG4", new PyFloat(Math.log(4.0))).put("SG_MAGICCONST", new PyFloat(1.0 + Math.log(4.5)));
        return m;
    }
}
