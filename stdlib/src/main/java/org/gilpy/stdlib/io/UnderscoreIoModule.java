package org.gilpy.stdlib.io;

import org.gilpy.builtins.PyFile;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyType;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** {@code _io}: the in-memory streams, TextIOWrapper, the base classes and open(). */
public final class UnderscoreIoModule implements ModuleDef {
    @Override
    public String name() {
        return "_io";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_io");
        for (PyType t : new PyType[] {IOBase.IOBASE, IOBase.RAW, IOBase.BUFFERED, IOBase.TEXT, StringIO.TYPE,
            BytesIO.TYPE, TextIOWrapper.TYPE}) {
            m.put(t.name, t);
        }
        m.put("BufferedReader", PyFile.BINARY_TYPE).put("BufferedWriter", PyFile.BINARY_TYPE);
        m.put("UnsupportedOperation", IOBase.UNSUPPORTED);
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        m.put("open", interp.builtins.get("open"));
        return m;
    }
}
