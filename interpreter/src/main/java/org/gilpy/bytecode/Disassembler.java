package org.gilpy.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.CmpOp;
import org.gilpy.ast.Operator;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

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
        return dis(code, -1);
    }

    /**
     * The disassembly of {@code code} and, after it, of the code objects among its constants,
     * recursively down to {@code depth} levels (all levels when negative), as {@code dis.dis}.
     */
    public static String dis(PyCode code, int depth) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(code, depth, out);
        return out.toString();
    }

    private static void disassembleRecursive(PyCode code, int depth, StringBuilder out) {
        disassemble(code, -1, out);
        if (depth == 0) {
            return;
        }
        for (PyObject k : code.co_consts) {
            if (k instanceof PyCode nested) {
                out.append("\nDisassembly of ").append(nested.repr()).append(":\n");
                disassembleRecursive(nested, depth - 1, out);
            }
        }
    }

    /** The instructions and exception table of {@code code} alone. */
    public static String disassemble(PyCode code) {
        return disassemble(code, -1);
    }

    /**
     * The instructions and exception table of {@code code} alone, the instruction at
     * {@code currentOffset} marked with {@code -->} (as where a traceback stopped).
     */
    public static String disassemble(PyCode code, int currentOffset) {
        StringBuilder out = new StringBuilder();
        disassemble(code, currentOffset, out);
        return out.toString();
    }

    private static void disassemble(PyCode code, int currentOffset, StringBuilder out) {
        List<Instruction> instructions = instructions(code);
        int maxLine = instructions.stream().mapToInt(Instruction::startsLine).max().orElse(0);
        int linenoWidth = maxLine == 0 ? 0 : Math.max(3, String.valueOf(maxLine).length());
        int offsetWidth = Math.max(4, String.valueOf(2 * (instructions.size() - 1)).length());
        for (Instruction in : instructions) {
            if (in.startsLine() > 0 && in.offset() > 0) {
                out.append('\n');
            }
            out.append(format(in, linenoWidth, offsetWidth, in.offset() == currentOffset)).append('\n');
        }
        out.append(exceptionTable(code));
    }

    /** The instructions of {@code code}, as {@code dis.get_instructions} gives them. */
    public static List<Instruction> instructions(PyCode code) {
        int n = code.co_code.length;
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
        List<Instruction> out = new ArrayList<>(n);
        int lastLine = -1;
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(code.co_code[i] & 0xff);
            int arg = op.hasArg() ? code.co_code[i] >>> 8 : -1;
            int[] p = code.positions;
            int line = p[4 * i];
            int startsLine = 0;
            if (line > 0 && line != lastLine) {
                startsLine = line;
                lastLine = line;
            }
            out.add(new Instruction(op, arg, op.hasArg() ? argval(code, op, arg, i) : null,
                    op.hasArg() ? argrepr(code, op, arg, i) : "", 2 * i, startsLine, labels[i],
                    line, p[4 * i + 2], p[4 * i + 1], p[4 * i + 3]));
        }
        return out;
    }

    private static String format(Instruction in, int linenoWidth, int offsetWidth, boolean current) {
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            fields.add(in.startsLine() > 0 ? pad(String.valueOf(in.startsLine()), linenoWidth, true)
                    : " ".repeat(linenoWidth));
        }
        fields.add(current ? "-->" : "   ");
        fields.add(in.isJumpTarget() ? ">>" : "  ");
        fields.add(pad(String.valueOf(in.offset()), offsetWidth, true));
        fields.add(pad(in.op().name(), OPNAME_WIDTH, false));
        if (in.arg() >= 0) {
            fields.add(pad(String.valueOf(in.arg()), OPARG_WIDTH, true));
            if (!in.argrepr().isEmpty()) {
                fields.add("(" + in.argrepr() + ")");
            }
        }
        String text = String.join(" ", fields).stripTrailing();
        return in.isCheckPoint() ? text + CHECK_POINT_MARK : text;
    }

    /** What the argument stands for: the constant, the name, the jump target's offset, or the number. */
    private static PyObject argval(PyCode code, Opcode op, int arg, int i) {
        return switch (op.arg) {
            case CONST -> code.co_consts[arg];
            case NAME -> code.co_names[arg];
            case GLOBAL -> code.co_names[arg >> 1];
            case LOCAL -> PyStr.of(code.localsplusNames[arg]);
            case JUMP_FORWARD, JUMP_BACKWARD -> PyInt.of(2 * jumpTarget(op, arg, i));
            case CMP -> PyStr.of(CmpOp.values()[arg].symbol);
            case BINOP, FORMAT, INT, NONE -> PyInt.of(arg);
        };
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
