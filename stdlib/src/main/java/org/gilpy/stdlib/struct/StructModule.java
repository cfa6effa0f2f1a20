package org.gilpy.stdlib.struct;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code struct}: packing values into bytes by a format ({@link StructFormat}), as module
 * functions and as {@code Struct} objects. Parsed formats are cached by their text, as CPython
 * caches them; a format is immutable, so one cache serves every interpreter.
 */
public final class StructModule implements ModuleDef {
    private static final int MAX_CACHE = 100;
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();
    private static final String[] UNPACK_FROM_PARAMS = {"format", "buffer", "offset"};

    @Override
    public String name() {
        return "struct";
    }

    static StructFormat cached(String text) {
        StructFormat f = CACHE.get(text);
        if (f == null) {
            f = StructFormat.parse(text, PyStruct.ERROR);
            if (CACHE.size() >= MAX_CACHE) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("struct");
        m.put("error", PyStruct.ERROR);
        m.put("Struct", PyStruct.TYPE);
        m.function("pack", (self, args, kw) -> {
            Builtin.noKeywords("pack", kw);
            return PyStruct.pack(PyStruct.format(formatArg(args)), args, 1);
        });
        m.function("pack_into", (self, args, kw) -> {
            Builtin.noKeywords("pack_into", kw);
            return PyStruct.packInto(PyStruct.format(formatArg(args)), args, 1);
        });
        m.function("unpack", (self, args, kw) -> {
            Builtin.noKeywords("unpack", kw);
            Builtin.exactly("unpack", args, 2);
            return PyStruct.unpack(PyStruct.format(args[0]), args[1]);
        });
        m.function("unpack_from", (self, args, kw) -> {
            if (kw != null && Arrays.asList(kw).contains("format")) {
                throw PyExc.typeError("unpack_from() got some positional-only arguments passed as keyword "
                        + "arguments: 'format'");
            }
            PyObject[] a = ArgParser.parse("unpack_from", args, kw, UNPACK_FROM_PARAMS, 2, null, null, PyInt.of(0));
            return PyStruct.unpackFrom(PyStruct.format(a[0]), a[1], a[2]);
        });
        m.function("iter_unpack", (self, args, kw) -> {
            Builtin.noKeywords("iter_unpack", kw);
            Builtin.exactly("iter_unpack", args, 2);
            return PyStruct.iterUnpack(PyStruct.format(args[0]), args[1]);
        });
        m.function("calcsize", (self, args, kw) -> {
            Builtin.noKeywords("calcsize", kw);
            Builtin.exactly("calcsize", args, 1);
            return PyInt.of(PyStruct.format(args[0]).size);
        });
        m.function("_clearcache", (self, args, kw) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }

    private static PyObject formatArg(PyObject[] args) {
        if (args.length == 0) {
            throw PyExc.typeError("missing format argument");
        }
        return args[0];
    }
}
