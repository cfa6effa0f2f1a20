package org.gilpy.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Span;
import org.gilpy.bytecode.Opcode;
import org.gilpy.compiler.CodeBuilder.Instr;
import org.gilpy.compiler.CodeBuilder.Label;

import static org.gilpy.bytecode.Opcode.*;

/**
 * The peephole clean-ups of CPython 3.11's flow-graph optimizer, run on a unit's instructions
 * before assembly:
 * <ul>
 * <li>{@code LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2} becomes {@code LOAD_CONST (a, b)} (the
 *     tuple appended to co_consts then, as CPython does);</li>
 * <li>a jump to the artificial {@code return None} at the end (or any position-less
 *     {@code LOAD_CONST; RETURN_VALUE}) is replaced by a copy of it;</li>
 * <li>a jump to an unconditional jump goes straight to that jump's target;</li>
 * <li>{@code JUMP_IF_FALSE_OR_POP} landing on {@code JUMP_IF_TRUE_OR_POP} (as in
 *     {@code a and b or c}) becomes {@code POP_JUMP_IF_FALSE} past it, and the like.</li>
 * </ul>
 */
final class Peephole {
    private static final int MAX_THREADING = 32;

    private Peephole() {}

    static void optimize(CodeBuilder code) {
        foldTuples(code);
        inlineReturns(code);
        threadJumps(code.instrs);
    }

    private static void foldTuples(CodeBuilder code) {
        List<Instr> in = code.instrs;
        boolean[] isTarget = new boolean[in.size() + 1];
        for (Label l : labels(in)) {
            isTarget[l.pos] = true;
        }
        for (int i = 0; i < in.size(); i++) {
            Instr build = in.get(i);
            int n = build.op == BUILD_TUPLE ? build.arg : -1;
            if (n < 0 || i - n < 0) {
                continue;
            }
            boolean foldable = true;
            for (int k = i - n; k < i && foldable; k++) {
                foldable = in.get(k).op == LOAD_CONST && !isTarget[k + 1];
            }
            if (!foldable) {
                continue;
            }
            List<Object> items = new ArrayList<>(n);
            for (int k = i - n; k < i; k++) {
                items.add(code.consts.get(in.get(k).arg));
                in.get(k).op = NOP;
            }
            build.op = LOAD_CONST;
            build.arg = code.addConst(Constants.tuple(items));
        }
    }

    /** Every label the instructions use: jump targets and handler targets. */
    private static List<Label> labels(List<Instr> in) {
        Map<Label, Boolean> seen = new IdentityHashMap<>();
        List<Label> labels = new ArrayList<>();
        for (Instr ins : in) {
            for (Label l : new Label[] {ins.target, ins.setup != null ? ins.setup.target : null,
                    ins.handler != null ? ins.handler.target : null}) {
                if (l != null && seen.put(l, Boolean.TRUE) == null) {
                    labels.add(l);
                }
            }
        }
        return labels;
    }

    private static void inlineReturns(CodeBuilder code) {
        List<Instr> in = code.instrs;
        List<Instr> out = new ArrayList<>(in.size());
        int[] newPos = new int[in.size() + 1];
        boolean changed = false;
        for (int i = 0; i < in.size(); i++) {
            newPos[i] = out.size();
            Instr ins = in.get(i);
            if (ins.op == JUMP_FORWARD && isArtificialReturn(in, ins.target.pos)) {
                Instr load = in.get(ins.target.pos);
                out.add(new Instr(LOAD_CONST, load.arg, Span.NONE, ins.handler));
                out.add(new Instr(RETURN_VALUE, 0, Span.NONE, ins.handler));
                changed = true;
            } else {
                out.add(ins);
            }
        }
        newPos[in.size()] = out.size();
        if (!changed) {
            return;
        }
        for (Label l : labels(in)) {
            l.pos = newPos[l.pos];
        }
        in.clear();
        in.addAll(out);
    }

    private static boolean isArtificialReturn(List<Instr> in, int pos) {
        return pos + 1 < in.size() && in.get(pos).op == LOAD_CONST && in.get(pos).at.line() == 0
                && in.get(pos + 1).op == RETURN_VALUE && in.get(pos + 1).at.line() == 0;
    }

    private static void threadJumps(List<Instr> in) {
        for (int i = 0; i < in.size(); i++) {
            Instr j = in.get(i);
            if (j.target == null || j.op == FOR_ITER || j.op == SEND || j.op == JUMP_BACKWARD_NO_INTERRUPT) {
                continue;
            }
            for (int n = 0; n < MAX_THREADING; n++) {
                int t = landing(in, j.target.pos);
                if (t >= in.size() || t == i) {
                    break;
                }
                Instr target = in.get(t);
                boolean orPop = j.op == JUMP_IF_FALSE_OR_POP || j.op == JUMP_IF_TRUE_OR_POP;
                if (target.op == JUMP_FORWARD) {
                    if (orPop && target.target.pos <= i) {
                        break;
                    }
                    j.target = target.target;
                } else if (orPop && target.op == j.op) {
                    j.target = target.target;
                } else if (orPop && (target.op == JUMP_IF_FALSE_OR_POP || target.op == JUMP_IF_TRUE_OR_POP)) {
                    // The value that jumped is popped by the other test, which then falls through.
                    j.op = j.op == JUMP_IF_FALSE_OR_POP ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_FORWARD_IF_TRUE;
                    Label next = new Label();
                    next.pos = t + 1;
                    j.target = next;
                    break;
                } else {
                    break;
                }
            }
        }
    }

    /** The first instruction from pos that does something (position-less NOPs are skipped). */
    private static int landing(List<Instr> in, int pos) {
        while (pos < in.size() && in.get(pos).op == Opcode.NOP && in.get(pos).setup == null
                && in.get(pos).at.line() == 0) {
            pos++;
        }
        return pos;
    }
}
