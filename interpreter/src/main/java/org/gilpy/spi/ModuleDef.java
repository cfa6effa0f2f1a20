package org.gilpy.spi;

import org.gilpy.objects.PyModule;
import org.gilpy.vm.Interpreter;

/**
 * A module implemented in Java. Modules in later layers (stdlib) register an implementation in
 * {@code META-INF/services/org.gilpy.spi.ModuleDef}; the importer finds them by {@link #name()}.
 * Adding a module is one class and one line in that file.
 */
public interface ModuleDef {
    /** The importable name, e.g. "math" or "os.path". */
    String name();

    /** Builds a fresh module object for one interpreter (each process has its own). */
    PyModule create(Interpreter interp);
}
