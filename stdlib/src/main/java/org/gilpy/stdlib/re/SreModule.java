package org.gilpy.stdlib.re;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _sre}, the engine under gilpy's {@code re} (gilpy/lib/re.py): compiles a str or bytes
 * pattern into a {@code re.Pattern} over java.util.regex, and escapes text for patterns. Unlike
 * CPython's _sre, it takes the pattern text itself, not a compiled opcode list; re.py keeps the
 * cache, the flags enum and the {@code re.error} class, which compile raises for bad patterns.
 */
public final class SreModule implements ModuleDef {
    /** CPython 3.11's _sre.MAGIC, for code that checks it. */
    private static final int MAGIC = 20220615;
    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    @Override
    public String name() {
        return "_sre";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_sre");
        m.function("compile", (self, args, kw) -> {
            Builtin.noKeywords("compile", kw);
            Builtin.exactly("compile", args, 3);
            if (!(args[0] instanceof PyStr) && !(args[0] instanceof PyBytes)) {
                throw PyExc.typeError("first argument must be string or compiled pattern");
            }
            if (!(args[2] instanceof PyType error)) {
                throw PyExc.typeError("compile() argument 3 must be an exception class");
            }
            return PyPattern.compile(args[0], Abstract.index(args[1]), error);
        });
        m.function("escape", (self, args, kw) -> {
            Builtin.noKeywords("escape", kw);
            Builtin.exactly("escape", args, 1);
            return escape(args[0]);
        });
        m.put("MAGIC", PyInt.of(MAGIC));
        m.put("MAXREPEAT", PyInt.of(RegexParser.MAXREPEAT));
        m.put("MAXGROUPS", PyInt.of(RegexParser.MAXGROUPS));
        m.put("CODESIZE", PyInt.of(4));
        return m;
    }

    /** re.escape: a backslash before each character that is special somewhere in a pattern. */
    private static PyObject escape(PyObject o) {
        if (o instanceof PyStr s) {
            return PyStr.of(escapeText(s.value));
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return new PyBytes(Subject.bytes(escapeText(Subject.latin1(Abstract.bytesOf(o)))));
        }
        throw PyExc.typeError("decoding to str: need a bytes-like object, %s found", o.type().name);
    }

    private static String escapeText(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
