package org.gilpy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyObject;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;

/** Helpers for tests that compile source and look at the result. */
final class Listings {
    static {
        // The object model's types must exist before the compiler makes its first constant.
        PyBaseObject.TYPE.getClass();
    }

    private Listings() {}

    static PyCode compile(String src) {
        return Compiler.compile(Parser.parse(src, "f", Mode.EXEC), "f", src);
    }

    /** The code object named {@code name} among the module's constants (the module itself for null). */
    static PyCode code(String src, String name) {
        PyCode module = compile(src);
        if (name == null) {
            return module;
        }
        for (PyObject k : module.co_consts) {
            if (k instanceof PyCode c && c.co_name.equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    /** The disassembly, with code object addresses replaced by {@code 0x...}. */
    static String dis(PyCode code) {
        return Disassembler.dis(code).replaceAll("at 0x[0-9a-f]+", "at 0x...");
    }

    static void assertDis(String src, String name, String expected) {
        assertEquals(expected, dis(code(src, name)));
    }
}
