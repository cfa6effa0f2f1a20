package org.gilpy.stdlib.gc;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code gc} module. Memory is the JVM's to manage, cycles included, so collect() only asks
 * the JVM for a collection and reports 0 unreachable objects; the enable flag, thresholds and
 * debug flags are kept for programs that set and read them back.
 */
public final class GcModule implements ModuleDef {
    @Override
    public String name() {
        return "gc";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] thresholds = {700, 10, 10};
        long[] debug = {0};
        m.function("collect", (self, args, kw) -> {
            Builtin.range("collect", args, 0, 1);
            System.gc();
            return PyInt.of(0);
        });
        m.function("enable", Builtin.of("enable", self -> {
            enabled[0] = true;
            return PyNone.NONE;
        }));
        m.function("disable", Builtin.of("disable", self -> {
            enabled[0] = false;
            return PyNone.NONE;
        }));
        m.function("isenabled", Builtin.of("isenabled", self -> PyBool.of(enabled[0])));
        m.function("get_count", Builtin.of("get_count", self -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0))));
        m.function("get_threshold", Builtin.of("get_threshold", self ->
                PyTuple.of(PyInt.of(thresholds[0]), PyInt.of(thresholds[1]), PyInt.of(thresholds[2]))));
        m.function("set_threshold", (self, args, kw) -> {
            Builtin.noKeywords("set_threshold", kw);
            Builtin.range("set_threshold", args, 1, 3);
            for (int i = 0; i < args.length; i++) {
                thresholds[i] = Abstract.index(args[i]);
            }
            return PyNone.NONE;
        });
        m.function("get_debug", Builtin.of("get_debug", self -> PyInt.of(debug[0])));
        m.function("set_debug", Builtin.of("set_debug", (self, flags) -> {
            debug[0] = Abstract.index(flags);
            return PyNone.NONE;
        }));
        m.function("get_objects", (self, args, kw) -> new PyList());
        m.function("get_referrers", (self, args, kw) -> new PyList());
        m.function("get_referents", (self, args, kw) -> new PyList());
        m.function("is_tracked", Builtin.of("is_tracked", (self, o) -> PyBool.of(isContainer(o))));
        m.function("is_finalized", Builtin.of("is_finalized", (self, o) -> PyBool.FALSE));
        m.function("freeze", Builtin.of("freeze", self -> PyNone.NONE));
        m.function("unfreeze", Builtin.of("unfreeze", self -> PyNone.NONE));
        m.function("get_freeze_count", Builtin.of("get_freeze_count", self -> PyInt.of(0)));
        m.function("get_stats", Builtin.of("get_stats", self -> {
            PyObject[] gens = new PyObject[3];
            for (int i = 0; i < 3; i++) {
                PyDict d = new PyDict();
                d.put("collections", PyInt.of(0));
                d.put("collected", PyInt.of(0));
                d.put("uncollectable", PyInt.of(0));
                gens[i] = d;
            }
            return new PyList(gens);
        }));
        m.put("garbage", new PyList()).put("callbacks", new PyList());
        m.put("DEBUG_STATS", PyInt.of(1)).put("DEBUG_COLLECTABLE", PyInt.of(2)).put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32)).put("DEBUG_LEAK", PyInt.of(38));
        return m;
    }

    /** CPython tracks containers; atoms like ints and strings are never tracked. */
    private static boolean isContainer(PyObject o) {
        return !(o instanceof PyInt || o instanceof org.gilpy.objects.PyStr || o instanceof org.gilpy.objects.PyFloat
                || o instanceof org.gilpy.objects.PyBytes || o == PyNone.NONE);
    }
}
