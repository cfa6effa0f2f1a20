package org.gilpy.vm;

import java.util.concurrent.ConcurrentHashMap;
import org.gilpy.bytecode.PyCode;
import org.gilpy.compiler.Compiler;
import org.gilpy.compiler.SyntaxWarnings;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;

/**
 * The compiled code of imported modules, shared by every interpreter of the JVM (child
 * processes, embedded interpreters): a module's source is parsed and compiled once, and each
 * import gets a copy with caches of its own ({@link PyCode#withFreshCaches}). A source that
 * changed is compiled again.
 */
final class ModuleCodeCache {
    private ModuleCodeCache() {}

    private record Compiled(String source, PyCode code) {}

    private static final ConcurrentHashMap<String, Compiled> BY_FILE = new ConcurrentHashMap<>();

    /**
     * The code of module source read from filename; a syntax error is thrown as PySyntaxError.
     * Compile-time warnings go to warnings when it is compiled (once, as with CPython's .pyc files).
     */
    static PyCode compile(String source, String filename, SyntaxWarnings warnings) {
        Compiled c = BY_FILE.get(filename);
        if (c == null || !c.source().equals(source)) {
            c = new Compiled(source, Compiler.compile(Parser.parse(source, filename, Mode.EXEC), filename, source,
                    warnings));
            BY_FILE.put(filename, c);
        }
        return c.code().withFreshCaches();
    }
}
