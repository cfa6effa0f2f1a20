package org.gilpy.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.CmpOp;
import org.gilpy.ast.Operator;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;

/**
 * A code object as text, in the layout of CPython 3.11's {@code dis.dis}: source line (when it
 * changes, preceded by a blank line), {@code >>} on jump and exception-handler targets, offset
 * ({@code 2 * index}, as CPython's byte offsets), opcode name, argument and its meaning in
 * parentheses; then the {@code ExceptionTable:}; then every nested code object, recursively.
 *
 * <p>gilpy's addition: an instruction where the GIL may change hands ({@link Opcode#checkPoint},
 * where the eval breaker is tested) ends with {@value #CHECK_POINT_MARK}.
 *
 * <p>Differences from CPython's output follow from the instruction set: no CACHE entries (so
 * offsets are dense), no PRECALL, no EXTENDED_ARG, RESUME without an argument, and KW_NAMES
 * shows its tuple of names.
 */
public final class Disassembler {
    /** Appended to the instructions that are GIL check points. */
    public static final String CHECK_POINT_MARK = "  # GIL check point";

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};
    private static final String[] FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private Disassembler() {}

    /** The disassembly of {@code code} and, after it, of the code objects among its constants. */
    public static String dis(PyCode code) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(code, out);
        return out.toString();
    }

    private static void disassembleRecursive(PyCode code, StringBuilder out) {
        disassemble(code, out);
        for (PyObject k : code.co_consts) {
            if (k instanceof PyCode nested) {
                out.append("\nDisassembly of ").append(nested.repr()).append(":\n");
                disassembleRecursive(nested, out);
            }
        }
    }

    /** The instructions and exception table of {@code code} alone. */
    public static String disassemble(PyCode code) {
        StringBuilder out = new StringBuilder();
        disassemble(code, out);
        return out.toString();
    }

    private static void disassemble(PyCode code, StringBuilder out) {
        int n = code.co_code.length;
        int[] startsLine = new int[n];
        int lastLine = -1;
        int maxLine = 0;
        for (int i = 0; i < n; i++) {
            int line = code.positions[4 * i];
            if (line > 0 && line != lastLine) {
                startsLine[i] = line;
                lastLine = line;
                maxLine = Math.max(maxLine, line);
            }
        }
        int linenoWidth = maxLine == 0 ? 0 : Math.max(3, String.valueOf(maxLine).length());
        int offsetWidth = Math.max(4, String.valueOf(2 * (n - 1)).length());
        boolean[] labels = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(code.co_code[i] & 0xff);
            if (op.isJump()) {
                labels[jumpTarget(op, code.co_code[i] >>> 8, i)] = true;
            }
        }
        for (int e = 0; e < code.co_exceptiontable.length; e += 5) {
            labels[code.co_exceptiontable[e + 2]] = true;
        }
        for (int i = 0; i < n; i++) {
            if (startsLine[i] > 0 && i > 0) {
                out.append('\n');
            }
            out.append(instruction(code, i, startsLine[i], linenoWidth, offsetWidth, labels[i])).append('\n');
        }
        out.append(exceptionTable(code));
    }

    private static String instruction(PyCode code, int i, int line, int linenoWidth, int offsetWidth,
                                      boolean isTarget) {
        Opcode op = Opcode.of(code.co_code[i] & 0xff);
        int arg = code.co_code[i] >>> 8;
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            fields.add(line > 0 ? pad(String.valueOf(line), linenoWidth, true) : " ".repeat(linenoWidth));
        }
        fields.add("   ");
        fields.add(isTarget ? ">>" : "  ");
        fields.add(pad(String.valueOf(2 * i), offsetWidth, true));
        fields.add(pad(op.name(), OPNAME_WIDTH, false));
        if (op.hasArg()) {
            fields.add(pad(String.valueOf(arg), OPARG_WIDTH, true));
            String argrepr = argrepr(code, op, arg, i);
            if (!argrepr.isEmpty()) {
                fields.add("(" + argrepr + ")");
            }
        }
        String text = String.join(" ", fields).stripTrailing();
        return op.checkPoint ? text + CHECK_POINT_MARK : text;
    }

    private static String argrepr(PyCode code, Opcode op, int arg, int i) {
        return switch (op.arg) {
            case CONST -> repr(code.co_consts[arg]);
            case NAME -> code.co_names[arg].value;
            case GLOBAL -> ((arg & 1) != 0 ? "NULL + " : "") + code.co_names[arg >> 1].value;
            case LOCAL -> code.localsplusNames[arg];
            case JUMP_FORWARD, JUMP_BACKWARD -> "to " + 2 * jumpTarget(op, arg, i);
            case BINOP -> arg >= 13 ? Operator.values()[arg - 13].symbol + "=" : Operator.values()[arg].symbol;
            case CMP -> CmpOp.values()[arg].symbol;
            case FORMAT -> {
                String conversion = CONVERSIONS[arg & 3];
                if ((arg & 4) == 0) {
                    yield conversion;
                }
                yield conversion.isEmpty() ? "with format" : conversion + ", with format";
            }
            case INT -> op == Opcode.MAKE_FUNCTION ? functionFlags(arg) : "";
            case NONE -> "";
        };
    }

    private static String functionFlags(int arg) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < FUNCTION_FLAGS.length; bit++) {
            if ((arg & 1 << bit) != 0) {
                names.add(FUNCTION_FLAGS[bit]);
            }
        }
        return String.join(", ", names);
    }

    private static int jumpTarget(Opcode op, int arg, int i) {
        return op.arg == Opcode.Arg.JUMP_BACKWARD ? i + 1 - arg : i + 1 + arg;
    }

    private static String repr(PyObject o) {
        return o instanceof PyCode c ? c.repr() : Abstract.repr(o).value;
    }

    /** CPython 3.11's "ExceptionTable:" listing (empty when the code has no handlers). */
    public static String exceptionTable(PyCode code) {
        int[] t = code.co_exceptiontable;
        if (t.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("ExceptionTable:\n");
        for (int e = 0; e < t.length; e += 5) {
            out.append("  ").append(2 * t[e]).append(" to ").append(2 * (t[e + 1] - 1)).append(" -> ")
                    .append(2 * t[e + 2]).append(" [").append(t[e + 3]).append(']')
                    .append(t[e + 4] != 0 ? " lasti" : "").append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }
}
