package org.gilpy.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Span;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.compiler.CodeBuilder.Handler;
import org.gilpy.compiler.CodeBuilder.Instr;
import org.gilpy.compiler.CodeBuilder.Label;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * Turns a {@link CodeBuilder}'s instructions into a {@link PyCode} (after {@link Peephole}):
 * <ol>
 * <li>flow analysis from the entry, following both edges of every branch and entering each
 *     handler (when its setup marker is reached) at its depth + lasti + 1: gives each
 *     instruction's stack depth, each handler's depth, co_stacksize, and what is unreachable;</li>
 * <li>clean-up as CPython's assembler does: unreachable code goes, artificial instructions take
 *     the position of the instruction falling into them, NOPs that carry no line of their own
 *     go, and so do jumps to the next instruction;</li>
 * <li>encoding: localsplus slots for cell and free variables, relative jump arguments (the
 *     backward variant when the target comes first), the exception table (consecutive
 *     instructions with the same handler share an entry) and the positions table.</li>
 * </ol>
 */
final class Assembler {
    private final Unit unit;
    private final CodeBuilder b;
    private final List<Instr> in;
    private final int[] depth;
    private final boolean[] removed;
    /** Final positions: an artificial instruction takes the one of the instruction before it. */
    private Span[] positions;
    private int maxDepth;

    private Assembler(Unit unit) {
        this.unit = unit;
        this.b = unit.code;
        this.in = b.instrs;
        this.depth = new int[in.size()];
        this.removed = new boolean[in.size()];
    }

    static PyCode assemble(Unit unit, String filename) {
        Peephole.optimize(unit.code);
        return new Assembler(unit).run(filename);
    }

    private PyCode run(String filename) {
        analyzeFlow();
        for (int i = 0; i < in.size(); i++) {
            removed[i] = depth[i] < 0;
        }
        propagatePositions();
        removeNops();
        removeJumpsToNext();
        return encode(filename);
    }

    // ---- 1. flow analysis ----

    private void analyzeFlow() {
        Arrays.fill(depth, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int d = item[1];
            for (int i = item[0]; i < in.size(); i++) {
                if (depth[i] >= 0) {
                    check(depth[i] == d, i, "inconsistent stack depth " + depth[i] + " vs " + d);
                    break;
                }
                check(d >= 0, i, "stack underflow");
                depth[i] = d;
                maxDepth = Math.max(maxDepth, d);
                Instr ins = in.get(i);
                if (ins.setup != null) {
                    Handler h = ins.setup;
                    h.depth = d + h.kind.depthAdjust;
                    int entry = h.depth + (h.kind.lasti ? 1 : 0) + 1;
                    maxDepth = Math.max(maxDepth, entry);
                    work.push(new int[] {h.target.pos, entry});
                    continue;
                }
                Opcode op = ins.op;
                if (ins.target != null) {
                    int jd = d + op.stackEffect(ins.arg, true);
                    maxDepth = Math.max(maxDepth, jd);
                    work.push(new int[] {ins.target.pos, jd});
                }
                if (isTerminal(op)) {
                    break;
                }
                // RETURN_GENERATOR is left, on the first resumption, with the sent value on the stack.
                d += op == Opcode.RETURN_GENERATOR ? 1 : op.stackEffect(ins.arg, false);
                maxDepth = Math.max(maxDepth, d);
            }
        }
    }

    private void check(boolean ok, int i, String what) {
        if (!ok) {
            throw new IllegalStateException("compiler bug in " + unit.qualname + " at instruction " + i + " ("
                    + in.get(i).op + "): " + what);
        }
    }

    private static boolean isTerminal(Opcode op) {
        return switch (op) {
            case RETURN_VALUE, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    // ---- 2. clean-up ----

    private int next(int i) {
        int j = i + 1;
        while (j < in.size() && removed[j]) {
            j++;
        }
        return j;
    }

    private int prev(int i) {
        int j = i - 1;
        while (j >= 0 && removed[j]) {
            j--;
        }
        return j;
    }

    /** The surviving instruction a label now stands for. */
    private int resolve(Label l) {
        return l.pos < in.size() && removed[l.pos] ? next(l.pos) : l.pos;
    }

    private boolean[] targets() {
        boolean[] t = new boolean[in.size() + 1];
        for (int i = 0; i < in.size(); i++) {
            if (!removed[i]) {
                Instr ins = in.get(i);
                if (ins.target != null) {
                    t[resolve(ins.target)] = true;
                }
                if (ins.handler != null) {
                    t[resolve(ins.handler.target)] = true;
                }
            }
        }
        return t;
    }

    /**
     * An artificial instruction (no position) with a single predecessor takes the position of
     * that predecessor (the instruction falling into it, or the one jump to it), as CPython's
     * propagate_line_numbers; handler entries stay without.
     */
    private void propagatePositions() {
        positions = new Span[in.size()];
        int[] jumps = new int[in.size() + 1];
        int[] jumpFrom = new int[in.size() + 1];
        boolean[] handlerEntry = new boolean[in.size() + 1];
        for (int i = 0; i < in.size(); i++) {
            if (!removed[i]) {
                Instr ins = in.get(i);
                if (ins.target != null) {
                    int t = resolve(ins.target);
                    jumps[t]++;
                    jumpFrom[t] = i;
                }
                if (ins.handler != null) {
                    handlerEntry[resolve(ins.handler.target)] = true;
                }
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (removed[i]) {
                continue;
            }
            positions[i] = in.get(i).at;
            if (positions[i].line() != 0 || handlerEntry[i]) {
                continue;
            }
            int p = prev(i);
            boolean fallsIn = p >= 0 && !isTerminal(in.get(p).op);
            if (jumps[i] + (fallsIn ? 1 : 0) == 1) {
                int from = fallsIn ? p : jumpFrom[i];
                positions[i] = positions[from] != null ? positions[from] : in.get(from).at;
            }
        }
    }

    /** A NOP stays only where it is the one instruction of its line. */
    private void removeNops() {
        boolean[] isTarget = targets();
        for (int i = 0; i < in.size(); i++) {
            if (removed[i] || in.get(i).op != Opcode.NOP) {
                continue;
            }
            int line = positions[i].line();
            int p = prev(i);
            int n = next(i);
            if (line == 0 || (p >= 0 && !isTarget[i] && positions[p].line() == line)
                    || (n < in.size() && positions[n].line() == line)) {
                removed[i] = true;
            }
        }
    }

    private void removeJumpsToNext() {
        for (int i = 0; i < in.size(); i++) {
            if (!removed[i] && in.get(i).op == Opcode.JUMP_FORWARD && resolve(in.get(i).target) == next(i)) {
                removed[i] = true;
            }
        }
    }

    // ---- 3. encoding ----

    private PyCode encode(String filename) {
        int[] index = new int[in.size() + 1];
        int n = 0;
        for (int i = 0; i < in.size(); i++) {
            index[i] = n;
            if (!removed[i]) {
                n++;
            }
        }
        index[in.size()] = n;

        Slots slots = new Slots(unit);
        int[] code = new int[n];
        int[] pos = new int[4 * n];
        List<int[]> table = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < in.size(); i++) {
            if (removed[i]) {
                continue;
            }
            Instr ins = in.get(i);
            int k = index[i];
            Opcode op = ins.op;
            int arg = ins.arg;
            if (ins.target != null) {
                int t = index[resolve(ins.target)];
                if (t <= k) {
                    op = backward(op);
                    arg = k + 1 - t;
                } else {
                    check(op.arg == Opcode.Arg.JUMP_FORWARD, i, "backward target");
                    arg = t - (k + 1);
                }
            } else if (ins.cell != null) {
                arg = slots.cellSlot(ins.cell);
            }
            code[k] = op.ordinal() | arg << 8;
            Span at = positions[i];
            pos[4 * k] = at.line();
            pos[4 * k + 1] = at.col();
            pos[4 * k + 2] = at.endLine();
            pos[4 * k + 3] = at.endCol();

            Handler h = ins.handler;
            int[] entry = h == null ? null
                    : new int[] {k, k + 1, index[resolve(h.target)], h.depth, h.kind.lasti ? 1 : 0};
            if (entry != null) {
                check(h.depth >= 0, i, "handler depth unknown");
            }
            if (open != null && entry != null && open[1] == k && open[2] == entry[2] && open[3] == entry[3]
                    && open[4] == entry[4]) {
                open[1] = k + 1;
            } else {
                open = entry;
                if (entry != null) {
                    table.add(entry);
                }
            }
        }
        int[] exceptionTable = new int[table.size() * 5];
        for (int e = 0; e < table.size(); e++) {
            System.arraycopy(table.get(e), 0, exceptionTable, 5 * e, 5);
        }

        PyObject[] consts = new PyObject[b.consts.size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = Constants.toPy(b.consts.get(i));
        }
        PyStr[] names = new PyStr[b.names.size()];
        b.names.forEach((name, i) -> names[i] = PyStr.intern(name));
        return new PyCode(unit.name, unit.qualname, filename, unit.firstlineno, unit.argcount, unit.posonlyargcount,
                unit.kwonlyargcount, unit.flags(), maxDepth, code, consts, names, slots.varnames, slots.cellvars,
                slots.freevars, slots.localsplus, slots.cellSlots, exceptionTable, pos);
    }

    private static Opcode backward(Opcode op) {
        return switch (op) {
            case JUMP_FORWARD -> Opcode.JUMP_BACKWARD;
            case POP_JUMP_FORWARD_IF_FALSE -> Opcode.POP_JUMP_BACKWARD_IF_FALSE;
            case POP_JUMP_FORWARD_IF_TRUE -> Opcode.POP_JUMP_BACKWARD_IF_TRUE;
            case POP_JUMP_FORWARD_IF_NONE -> Opcode.POP_JUMP_BACKWARD_IF_NONE;
            case POP_JUMP_FORWARD_IF_NOT_NONE -> Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE;
            case JUMP_BACKWARD_NO_INTERRUPT -> op;
            default -> throw new IllegalStateException(op + " cannot jump backward");
        };
    }

    /**
     * The localsplus layout (see {@link PyCode}): varnames (parameters first, then locals in order
     * of first use), cells that are not parameters, free variables.
     */
    private static final class Slots {
        final String[] varnames;
        final String[] cellvars;
        final String[] freevars;
        final String[] localsplus;
        final int[] cellSlots;
        private final Map<String, Integer> derefSlot = new HashMap<>();

        Slots(Unit unit) {
            varnames = unit.code.varnames.keySet().toArray(new String[0]);
            List<String> all = new ArrayList<>(Arrays.asList(varnames));
            List<String> cells = unit.scope.cellvars();
            List<String> cellOrder = new ArrayList<>();
            for (String v : varnames) {
                if (cells.contains(v)) {
                    cellOrder.add(v);
                }
            }
            for (String c : cells) {
                if (!all.contains(c)) {
                    cellOrder.add(c);
                    all.add(c);
                }
            }
            freevars = unit.scope.freevars().toArray(new String[0]);
            all.addAll(Arrays.asList(freevars));
            cellvars = cellOrder.toArray(new String[0]);
            localsplus = all.toArray(new String[0]);
            for (int i = localsplus.length - 1; i >= varnames.length; i--) {
                derefSlot.put(localsplus[i], i);
            }
            cellSlots = new int[cellvars.length];
            for (int i = 0; i < cellvars.length; i++) {
                cellSlots[i] = all.indexOf(cellvars[i]);
                derefSlot.put(cellvars[i], cellSlots[i]);
            }
            Arrays.sort(cellSlots);
        }

        int cellSlot(String name) {
            Integer slot = derefSlot.get(name);
            if (slot == null) {
                throw new IllegalStateException("no cell or free variable " + name);
            }
            return slot;
        }
    }
}
