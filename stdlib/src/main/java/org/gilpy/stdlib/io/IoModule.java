package org.gilpy.stdlib.io;

import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** {@code io}: the public face of {@code _io}, with the public names of the base classes. */
public final class IoModule implements ModuleDef {
    @Override
    public String name() {
        return "io";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule impl = interp.importer.importModule("_io");
        PyModule m = new PyModule("io");
        for (String name : new String[] {"StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter",
            "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "open"}) {
            m.put(name, impl.getDict().get(name));
        }
        m.put("IOBase", IOBase.IOBASE).put("RawIOBase", IOBase.RAW).put("BufferedIOBase", IOBase.BUFFERED);
        m.put("TextIOBase", IOBase.TEXT);
        m.put("SEEK_SET", PyInt.of(0)).put("SEEK_CUR", PyInt.of(1)).put("SEEK_END", PyInt.of(2));
        m.function("text_encoding", (self, args, kw) -> {
            Builtin.range("text_encoding", args, 1, 2);
            return args[0] == PyNone.NONE ? PyStr.of("locale") : args[0];
        });
        return m;
    }
}
