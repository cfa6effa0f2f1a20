package org.gilpy.builtins;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;

/** Formats an exception and its chain exactly as CPython 3.11's default excepthook prints it. */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    public static void print(Interpreter interp, PyBaseException exc, PyFile out) {
        out.write(format(interp, exc));
    }

    public static String format(Interpreter interp, PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(interp, exc, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(Interpreter interp, PyBaseException exc, StringBuilder sb,
                                    Map<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            formatChain(interp, exc.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            formatChain(interp, exc.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(interp, exc, sb);
    }

    private static void formatOne(Interpreter interp, PyBaseException exc, StringBuilder sb) {
        if (exc.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatStack(interp, exc.traceback, sb);
        }
        sb.append(formatExceptionOnly(exc));
    }

    /** The "File ..., line N, in f" entries, with CPython's collapsing of repeated lines. */
    public static void formatStack(Interpreter interp, PyTraceback tb, StringBuilder sb) {
        String lastKey = null;
        int repeat = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            PyCode code = t.code;
            String key = code.co_filename + ":" + t.lineno + ":" + code.co_name;
            if (key.equals(lastKey)) {
                repeat++;
                if (repeat >= 3) {
                    continue;
                }
            } else {
                flushRepeat(sb, repeat);
                repeat = 0;
                lastKey = key;
            }
            sb.append("  File \"").append(code.co_filename).append("\", line ").append(t.lineno).append(", in ")
                    .append(code.co_name).append('\n');
            String line = sourceLine(interp, code.co_filename, t.lineno);
            if (line != null) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    sb.append("    ").append(stripped).append('\n');
                    String carets = carets(code, t.lasti, t.lineno, line, stripped);
                    if (carets != null) {
                        sb.append("    ").append(carets).append('\n');
                    }
                }
            }
        }
        flushRepeat(sb, repeat);
    }

    private static void flushRepeat(StringBuilder sb, int repeat) {
        if (repeat >= 3) {
            int more = repeat - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /**
     * CPython 3.11 underlines the failing expression when it is narrower than the whole line.
     * Null when the expression spans the line (or several lines), as CPython then prints none.
     */
    private static String carets(PyCode code, int lasti, int lineno, String line, String stripped) {
        int[] pos = code.positions;
        if (lasti < 0 || 4 * lasti + 3 >= pos.length) {
            return null;
        }
        int startLine = pos[4 * lasti];
        int endLine = pos[4 * lasti + 2];
        int col = pos[4 * lasti + 1];
        int endCol = pos[4 * lasti + 3];
        if (startLine != lineno || endLine != lineno || endCol <= col) {
            return null;
        }
        int indent = line.length() - line.stripLeading().length();
        int from = col - indent;
        int to = Math.min(endCol - indent, stripped.length());
        if (from < 0 || from >= to || (from == 0 && to >= stripped.length())) {
            return null;
        }
        return " ".repeat(from) + "^".repeat(to - from);
    }

    static String sourceLine(Interpreter interp, String filename, int lineno) {
        String src = interp.linecache.get(filename);
        if (src == null) {
            try {
                src = java.nio.file.Files.readString(java.nio.file.Path.of(filename));
                interp.linecache.put(filename, src);
            } catch (Exception e) {
                return null;
            }
        }
        String[] lines = src.split("\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1].replace("\r", "") : null;
    }

    /** The last lines: {@code Type: message}, or a SyntaxError's location block. */
    public static String formatExceptionOnly(PyBaseException exc) {
        PyType type = exc.type();
        String name = type.qualname();
        String mod = type.module();
        if (!mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + name;
        }
        StringBuilder sb = new StringBuilder();
        if (type.isSubtypeOf(PyExc.SyntaxError)) {
            PyObject fn = exc.attr("filename");
            PyObject ln = exc.attr("lineno");
            if (fn instanceof PyStr f && ln instanceof PyInt l) {
                sb.append("  File \"").append(f.value).append("\", line ").append(l.v).append('\n');
                PyObject text = exc.attr("text");
                if (text instanceof PyStr t) {
                    String full = t.value.replaceAll("[\r\n]+$", "");
                    String stripped = full.stripLeading();
                    int indent = full.length() - stripped.length();
                    sb.append("    ").append(stripped).append('\n');
                    PyObject off = exc.attr("offset");
                    if (off instanceof PyInt o && o.v > 0) {
                        int start = (int) o.v - 1 - indent;
                        int end = start + 1;
                        PyObject endOff = exc.attr("end_offset");
                        PyObject endLn = exc.attr("end_lineno");
                        if (endOff instanceof PyInt eo && endLn instanceof PyInt el && el.v == l.v && eo.v > o.v) {
                            end = (int) eo.v - 1 - indent;
                        }
                        start = Math.max(0, Math.min(start, stripped.length()));
                        end = Math.max(start + 1, Math.min(end, stripped.length() + 1));
                        sb.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
                    }
                }
            }
            PyObject msg = exc.attr("msg");
            sb.append(name).append(": ").append(msg == PyNone.NONE ? "" : Abstract.str(msg).value).append('\n');
            return sb.toString();
        }
        String msg;
        try {
            msg = Abstract.str(exc).value;
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        sb.append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
        PyObject notes = exc.getDict().get("__notes__");
        if (notes != null) {
            for (PyObject n : Abstract.toArray(notes)) {
                sb.append(Abstract.str(n).value).append('\n');
            }
        }
        return sb.toString();
    }
}
