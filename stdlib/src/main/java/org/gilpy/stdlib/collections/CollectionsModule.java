package org.gilpy.stdlib.collections;

import org.gilpy.objects.PyModule;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** {@code _collections}: the parts of collections written in Java for speed (deque). */
public final class CollectionsModule implements ModuleDef {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        return m;
    }
}
