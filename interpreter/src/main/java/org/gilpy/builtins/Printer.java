package org.gilpy.builtins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.ThreadState;

/**
 * The builtins {@code copyright}, {@code credits} and {@code license} (CPython's
 * {@code _sitebuiltins._Printer}): the repr is the text when it is short, else a hint to call
 * the object; calling one prints the text a screenful of {@value #MAXLINES} lines at a time,
 * asking for Return (or q) in between through the builtins {@code print} and {@code input}.
 * {@code _Printer(name, data, files, dirs)} makes one as CPython's does.
 */
final class Printer extends PyObject {
    static final int MAXLINES = 23;
    private static final String PROMPT = "Hit Return for more, or q (and Return) to quit: ";

    static final PyType TYPE = PyType.builtin("_Printer", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getDict().setItem(Names.__module__, PyStr.of("_sitebuiltins"));
        t.constructor((unused, args, kw) -> {
            PyObject[] p = ArgParser.parse("_Printer", Arrays.copyOfRange(args, 1, args.length), kw,
                    new String[] {"name", "data", "files", "dirs"}, 2, null, null, PyTuple.EMPTY, PyTuple.EMPTY);
            List<Path> paths = new ArrayList<>();
            for (PyObject dir : Abstract.toArray(p[3])) {
                for (PyObject file : Abstract.toArray(p[2])) {
                    paths.add(ThreadState.current().interp.resolvePath(Abstract.str(dir).value)
                            .resolve(Abstract.str(file).value));
                }
            }
            return new Printer(Abstract.strArg(p[0], "_Printer"), Abstract.strArg(p[1], "_Printer"), paths);
        });
        t.method("__repr__", self -> PyStr.of(((Printer) self).repr()));
        t.methodVar("__call__", (self, args, kw) -> {
            Builtin.noKeywords("_Printer.__call__", kw);
            Builtin.exactly("_Printer.__call__", args, 0);
            ((Printer) self).page();
            return PyNone.NONE;
        });
    });

    /** Indented as CPython's credits are. */
    static final String CREDITS = "    Thanks to the Python Software Foundation and the Python community for the\n"
            + "    design of Python, and to the projects gilpy is built with: ANTLR, Guava,\n"
            + "    JLine, JUnit and JMH.";
    static final String LICENSE = "gilpy does not state a license yet: see README.md in its repository.\n"
            + "Python, the language gilpy implements, is the Python Software Foundation's:\n"
            + "see https://www.python.org/psf/license/ for its license.";

    private final String name;
    private final String data;
    /** Files whose text, the first one that reads, replaces data (CPython's license file). */
    private final List<Path> files;
    private String[] lines;

    Printer(String name, String data) {
        this(name, data, List.of());
    }

    private Printer(String name, String data, List<Path> files) {
        this.name = name;
        this.data = data;
        this.files = files;
    }

    private String[] lines() {
        if (lines == null) {
            String text = data;
            for (Path file : files) {
                try {
                    text = Files.readString(file);
                    break;
                } catch (IOException | UncheckedIOException e) {
                    // not there: try the next one, as CPython's _Printer does
                }
            }
            lines = text.split("\n", -1);
        }
        return lines;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String repr() {
        String[] lines = lines();
        if (lines.length <= MAXLINES) {
            return String.join("\n", lines);
        }
        return "Type " + name + "() to see the full " + name + " text";
    }

    private void page() {
        PyObject builtins = ThreadState.current().interp.builtinsModule;
        PyObject print = Abstract.getAttr(builtins, PyStr.intern("print"));
        PyObject input = Abstract.getAttr(builtins, PyStr.intern("input"));
        String[] lines = lines();
        for (int start = 0; start < lines.length; start += MAXLINES) {
            int end = Math.min(lines.length, start + MAXLINES);
            for (int i = start; i < end; i++) {
                Abstract.call(print, PyStr.of(lines[i]));
            }
            if (end < start + MAXLINES) {
                return;
            }
            String key;
            do {
                key = Abstract.str(Abstract.call(input, PyStr.of(PROMPT))).value;
            } while (!key.isEmpty() && !key.equals("q"));
            if (key.equals("q")) {
                return;
            }
        }
    }
}
