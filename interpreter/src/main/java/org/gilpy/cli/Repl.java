package org.gilpy.cli;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.parser.Mode;
import org.gilpy.parser.PySyntaxError;
import org.gilpy.vm.Interpreter;

/**
 * The interactive prompt: reads a statement ({@code sys.ps1}, then {@code sys.ps2} while
 * {@link Codeop} says it goes on), compiles it in {@code single} mode, so that an expression's
 * value is echoed with its repr and kept in {@code _}, and runs it in {@code __main__}. An
 * exception is printed and the prompt comes back; SystemExit (and so {@code exit()}) and the end
 * of input leave it. Each statement is compiled as {@code "<stdin>"} from line 1, as CPython does.
 */
final class Repl {
    private static final String FILENAME = "<stdin>";

    private final Interpreter interp;
    private final PromptInput input;

    Repl(Interpreter interp, PromptInput input) {
        this.interp = interp;
        this.input = input;
    }

    /** CPython's greeting: the version (naming gilpy and its Java), the JVM, the platform. */
    String banner() {
        PyDict sys = interp.sys.getDict();
        return "Python " + Abstract.str(sys.get("version")).value + " [" + System.getProperty("java.vm.name")
                + "] on " + Abstract.str(sys.get("platform")).value + "\n"
                + "Type \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n";
    }

    /** Reads and runs statements in globals until the end of input; SystemExit propagates. */
    void run(PyDict globals) {
        PyDict sys = interp.sys.getDict();
        setIfAbsent(sys, "ps1", ">>> ");
        setIfAbsent(sys, "ps2", "... ");
        try {
            List<String> lines = new ArrayList<>();
            while (true) {
                interp.stdout.flushQuietly();
                interp.stderr.flushQuietly();
                String line;
                try {
                    line = input.readLine(prompt(sys, lines.isEmpty() ? "ps1" : "ps2"));
                } catch (PyException e) {
                    if (!e.matches(PyExc.KeyboardInterrupt)) {
                        throw e;
                    }
                    interp.stderr.write("KeyboardInterrupt\n");
                    interp.stderr.flushQuietly();
                    lines.clear();
                    continue;
                }
                if (line == null) {
                    return;
                }
                lines.add(line);
                String source = String.join("\n", lines);
                Codeop.Status status;
                try {
                    status = Codeop.status(source, FILENAME);
                } catch (PySyntaxError e) {
                    lines.clear();
                    interp.printTraceback(interp.syntaxError(e));
                    continue;
                }
                if (status != Codeop.Status.INCOMPLETE) {
                    lines.clear();
                }
                if (status == Codeop.Status.COMPLETE) {
                    runStatement(source, globals);
                }
            }
        } finally {
            input.close();
        }
    }

    private static void setIfAbsent(PyDict dict, String key, String value) {
        if (dict.get(key) == null) {
            dict.put(key, PyStr.of(value));
        }
    }

    private String prompt(PyDict sys, String name) {
        PyObject p = sys.getItem(PyStr.intern(name));
        return p == null ? "" : Abstract.str(p).value;
    }

    private void runStatement(String source, PyDict globals) {
        try {
            PyCode code;
            try {
                code = interp.compile(source + "\n", FILENAME, Mode.SINGLE);
            } finally {
                // CPython shows no source lines for "<stdin>" in tracebacks
                interp.linecache.remove(FILENAME);
            }
            interp.execCode(code, globals, globals);
        } catch (RuntimeException e) {
            PyException pe = interp.asPyException(e);
            if (pe.matches(PyExc.SystemExit)) {
                throw pe;
            }
            // as CPython's prompt: for pdb.pm() and dis.distb()
            PyDict sys = interp.sys.getDict();
            sys.put("last_type", pe.value.type());
            sys.put("last_value", pe.value);
            sys.put("last_traceback", pe.value.traceback == null ? PyNone.NONE : pe.value.traceback);
            interp.printTraceback(pe);
        }
    }
}
