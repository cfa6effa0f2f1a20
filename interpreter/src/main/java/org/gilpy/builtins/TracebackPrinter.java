package org.gilpy.builtins;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseExceptionGroup;
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
        Printing p = new Printing(interp);
        p.printRecursive(exc);
        return p.sb.toString();
    }

    /** Widest and deepest exception group printed in full, as CPython's. */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * One traceback being printed (CPython's exception_print_context): inside an exception
     * group every line is indented two spaces per level and given a "| " margin, and the
     * group's members are framed by "+---- n ----" separators.
     */
    private static final class Printing {
        final Interpreter interp;
        final StringBuilder sb = new StringBuilder();
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        Printing(Interpreter interp) {
            this.interp = interp;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        String prefix() {
            return indent() + (depth > 0 ? "| " : "");
        }

        void printRecursive(PyBaseException exc) {
            seen.put(exc, Boolean.TRUE);
            if (exc.cause != null) {
                if (!seen.containsKey(exc.cause)) {
                    printChained(exc.cause, "The above exception was the direct cause of the following exception:");
                }
            } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
                printChained(exc.context, "During handling of the above exception, another exception occurred:");
            }
            if (exc instanceof PyBaseExceptionGroup group) {
                printGroup(group);
            } else {
                printOne(exc);
            }
        }

        void printChained(PyBaseException exc, String message) {
            boolean close = needClose;
            printRecursive(exc);
            needClose = close;
            sb.append(prefix()).append('\n').append(prefix()).append(message).append('\n').append(prefix()).append('\n');
        }

        void printOne(PyBaseException exc) {
            if (exc.traceback != null) {
                boolean group = exc instanceof PyBaseExceptionGroup;
                String headerMargin = group && depth == 1 ? "+ " : depth > 0 ? "| " : "";
                sb.append(indent()).append(headerMargin)
                        .append(group ? "Exception Group Traceback" : "Traceback").append(" (most recent call last):\n");
                formatStack(interp, exc.traceback, sb, prefix());
            }
            sb.append(formatExceptionOnly(exc, prefix()));
        }

        void printGroup(PyBaseExceptionGroup group) {
            if (depth > MAX_GROUP_DEPTH) {
                sb.append(prefix()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
                return;
            }
            if (depth == 0) {
                depth++;
            }
            printOne(group);
            PyObject[] members = group.exceptions.items;
            int shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < shown; i++) {
                boolean last = i == shown - 1;
                if (last) {
                    needClose = true;
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                sb.append(indent()).append(i == 0 ? "+-" : "  ")
                        .append(truncated ? "+---------------- ... ----------------\n"
                                : "+---------------- " + (i + 1) + " ----------------\n");
                depth++;
                if (truncated) {
                    int more = members.length - MAX_GROUP_WIDTH;
                    sb.append(prefix()).append("and ").append(more).append(" more exception").append(more > 1 ? "s" : "")
                            .append('\n');
                } else {
                    printRecursive((PyBaseException) members[i]);
                }
                if (last && needClose) {
                    sb.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (depth == 1) {
                depth--;
            }
        }
    }

    /** The "File ..., line N, in f" entries, with CPython's collapsing of repeated lines. */
    public static void formatStack(Interpreter interp, PyTraceback tb, StringBuilder sb) {
        formatStack(interp, tb, sb, "");
    }

    /** formatStack with each line starting with prefix (the margin inside an exception group). */
    private static void formatStack(Interpreter interp, PyTraceback tb, StringBuilder sb, String prefix) {
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
                flushRepeat(sb, repeat, prefix);
                repeat = 0;
                lastKey = key;
            }
            sb.append(prefix).append("  File \"").append(code.co_filename).append("\", line ").append(t.lineno).append(", in ")
                    .append(code.co_name).append('\n');
            String line = sourceLine(interp, code.co_filename, t.lineno);
            if (line != null) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    sb.append(prefix).append("    ").append(stripped).append('\n');
                    String carets = carets(code, t.lasti, t.lineno, line, stripped);
                    if (carets != null) {
                        sb.append(prefix).append("    ").append(carets).append('\n');
                    }
                }
            }
        }
        flushRepeat(sb, repeat, prefix);
    }

    private static void flushRepeat(StringBuilder sb, int repeat, String prefix) {
        if (repeat >= 3) {
            int more = repeat - 2;
            sb.append(prefix).append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /**
     * CPython 3.11's marker line under the failing expression: {@code ^} across its range, or,
     * when the expression is a binary operation or a subscript, {@code ~} across it with
     * {@code ^} on the operator or the brackets. Null when it would underline the whole line
     * without anchors (CPython then prints none). A range running past the line ends there.
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
        if (startLine != lineno || endLine < lineno || col < 0) {
            return null;
        }
        int indent = line.length() - line.stripLeading().length();
        int[] anchors = null;
        if (endLine == lineno) {
            if (endCol <= col || endCol > line.length()) {
                return null;
            }
            anchors = anchors(line.substring(col, endCol));
        } else {
            endCol = indent + stripped.length();
        }
        int start = col - indent;
        int end = Math.min(endCol - indent, stripped.length());
        if (start < 0 || start >= end) {
            return null;
        }
        boolean narrower = end - start < stripped.length();
        boolean anchored = anchors != null && anchors[1] > anchors[0];
        if (!narrower && !anchored) {
            return null;
        }
        StringBuilder sb = new StringBuilder(" ".repeat(start));
        int width = end - start;
        for (int i = 0; i < width; i++) {
            sb.append(anchored && i >= anchors[0] && i < anchors[1] ? '^' : anchored ? '~' : '^');
        }
        return sb.toString();
    }

    /**
     * The [start, end) of the operator of a binary operation, or of the brackets of a subscript,
     * within the segment; null for other expressions (or when the segment does not parse alone).
     */
    public static int[] anchors(String segment) {
        org.gilpy.ast.Expr e;
        try {
            e = org.gilpy.parser.Parser.parseExpression(segment, "<segment>");
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        if (e instanceof org.gilpy.ast.Expr.BinOp b && b.left().at().endLine() == 1 && b.right().at().line() == 1) {
            int i = skipToCode(segment, b.left().at().endCol(), b.right().at().col());
            int len = b.op().symbol.length();
            return new int[] {i, i + len};
        }
        if (e instanceof org.gilpy.ast.Expr.Subscript s && s.value().at().endLine() == 1 && s.slice().at().endLine() == 1) {
            int i = skipToCode(segment, s.value().at().endCol(), segment.length());
            int end = Math.min(segment.length(), s.slice().at().endCol() + 1);
            while (end < segment.length() && segment.charAt(end - 1) != ']') {
                end++;
            }
            return new int[] {i, end};
        }
        return null;
    }

    /** The first index from i (before limit) that is not white space or a closing parenthesis. */
    private static int skipToCode(String s, int i, int limit) {
        while (i < limit && i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ')')) {
            i++;
        }
        return i;
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

    /** An exception class as a traceback names it: qualified by its module unless builtin or {@code __main__}. */
    public static String typeName(PyType type) {
        String mod = type.module();
        return mod.equals("builtins") || mod.equals("__main__") ? type.qualname() : mod + "." + type.qualname();
    }

    /** The last lines: {@code Type: message}, or a SyntaxError's location block. */
    public static String formatExceptionOnly(PyBaseException exc) {
        return formatExceptionOnly(exc, "");
    }

    /**
     * formatExceptionOnly with prefix (a margin inside an exception group) before each line but
     * the continuation lines of a multi-line message, as CPython prints them.
     */
    private static String formatExceptionOnly(PyBaseException exc, String prefix) {
        PyType type = exc.type();
        String name = typeName(type);
        StringBuilder sb = new StringBuilder();
        if (type.isSubtypeOf(PyExc.SyntaxError)) {
            PyObject fn = exc.attr("filename");
            PyObject ln = exc.attr("lineno");
            if (fn instanceof PyStr f && ln instanceof PyInt l) {
                sb.append(prefix).append("  File \"").append(f.value).append("\", line ").append(l.v).append('\n');
                PyObject text = exc.attr("text");
                if (text instanceof PyStr t) {
                    String full = t.value.replaceAll("[\r\n]+$", "");
                    String stripped = full.stripLeading();
                    int indent = full.length() - stripped.length();
                    sb.append(prefix).append("    ").append(stripped).append('\n');
                    // as CPython: no caret left of the text (offset 0, or inside its indentation);
                    // a range of carets to end_offset for SyntaxError itself, one for its subclasses
                    PyObject off = exc.attr("offset");
                    if (off instanceof PyInt o && o.v - 1 - indent >= 0) {
                        int start = (int) o.v - 1 - indent;
                        int end = start + 1;
                        PyObject endOff = exc.attr("end_offset");
                        PyObject endLn = exc.attr("end_lineno");
                        if (type == PyExc.SyntaxError && endOff instanceof PyInt eo && endLn instanceof PyInt el
                                && el.v == l.v && eo.v > o.v) {
                            end = (int) eo.v - 1 - indent;
                        }
                        start = Math.min(start, stripped.length());
                        end = Math.max(start + 1, Math.min(end, stripped.length() + 1));
                        sb.append(prefix).append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
                    }
                }
            }
            PyObject msg = exc.attr("msg");
            sb.append(prefix).append(name).append(": ").append(msg == PyNone.NONE ? "" : Abstract.str(msg).value).append('\n');
            return sb.toString();
        }
        String msg;
        try {
            msg = Abstract.str(exc).value;
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        sb.append(prefix).append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        String suggestion = Suggestions.forException(exc);
        if (suggestion != null) {
            sb.append(". Did you mean: '").append(suggestion).append("'?");
        }
        sb.append('\n');
        PyObject notes = exc.getDict().get("__notes__");
        if (notes != null) {
            for (PyObject n : Abstract.toArray(notes)) {
                for (String line : Abstract.str(n).value.split("\n", -1)) {
                    sb.append(prefix).append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
