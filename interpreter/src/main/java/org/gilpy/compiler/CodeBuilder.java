package org.gilpy.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Span;
import org.gilpy.bytecode.Opcode;

/**
 * The instructions of one code object while it is being compiled: emission, labels, the
 * exception handlers in force, source positions, and the co_consts / co_names / co_varnames
 * tables. {@link Assembler} turns it into a {@link org.gilpy.bytecode.PyCode}.
 *
 * <p>Jumps are emitted in their forward form and target a {@link Label}; the assembler picks the
 * backward variant when the target comes first. Exception handling follows CPython 3.11's
 * compiler: {@link #setup} marks where a protected region starts (CPython's SETUP_FINALLY /
 * SETUP_CLEANUP / SETUP_WITH pseudo-instructions; the marker becomes a NOP) and pushes its
 * handler; {@link #popHandler} is CPython's POP_BLOCK. Every instruction records the handler in
 * force when it was emitted, from which the exception table is built.
 */
final class CodeBuilder {
    /** A jump target: the index of the instruction emitted right after {@link #bind}. */
    static final class Label {
        int pos = -1;
    }

    /** How the stack looks when a handler is entered. */
    enum HandlerKind {
        /** CPython's SETUP_FINALLY: the exception is pushed on the stack of the setup point. */
        FINALLY(false, 0),
        /** SETUP_CLEANUP: the index of the failing instruction is pushed first (lasti). */
        CLEANUP(true, 0),
        /** SETUP_WITH: like CLEANUP, but __enter__'s result (on top at setup) is dropped. */
        WITH(true, -1);

        final boolean lasti;
        final int depthAdjust;

        HandlerKind(boolean lasti, int depthAdjust) {
            this.lasti = lasti;
            this.depthAdjust = depthAdjust;
        }
    }

    /** An exception handler; its stack depth is known once the assembler has analysed the flow. */
    static final class Handler {
        final Label target;
        final HandlerKind kind;
        int depth = -1;

        Handler(Label target, HandlerKind kind) {
            this.target = target;
            this.kind = kind;
        }
    }

    static final class Instr {
        Opcode op;
        int arg;
        /** The target of a jump. */
        Label target;
        /** For cell and free variable instructions: the variable, resolved to a slot at assembly. */
        String cell;
        /** Non-null for a setup marker: the handler whose protected region starts here. */
        Handler setup;
        final Span at;
        final Handler handler;

        Instr(Opcode op, int arg, Span at, Handler handler) {
            this.op = op;
            this.arg = arg;
            this.at = at;
            this.handler = handler;
        }
    }

    final List<Instr> instrs = new ArrayList<>();
    /** The position given to emitted instructions: the innermost node being compiled. */
    Span loc = Span.NONE;
    private final ArrayDeque<Handler> handlers = new ArrayDeque<>();
    /** Highest instruction index a label has been bound to. */
    private int lastBound = -1;

    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();

    Instr emit(Opcode op) {
        return emit(op, 0);
    }

    Instr emit(Opcode op, int arg) {
        Instr i = new Instr(op, arg, loc, handlers.peek());
        instrs.add(i);
        return i;
    }

    void jump(Opcode op, Label target) {
        emit(op).target = target;
    }

    void loadConst(Object key) {
        emit(Opcode.LOAD_CONST, addConst(key));
    }

    /** LOAD_FAST / STORE_FAST / DELETE_FAST of a local, numbered in order of first use. */
    void fast(Opcode op, String name) {
        emit(op, varnames.computeIfAbsent(name, n -> varnames.size()));
    }

    /** An instruction on a cell or free variable (MAKE_CELL, LOAD_DEREF, LOAD_CLOSURE...). */
    void cell(Opcode op, String name) {
        emit(op).cell = name;
    }

    int addConst(Object key) {
        return constIndex.computeIfAbsent(key, k -> {
            consts.add(k);
            return consts.size() - 1;
        });
    }

    int addName(String name) {
        return names.computeIfAbsent(name, n -> names.size());
    }

    void bind(Label label) {
        label.pos = instrs.size();
        lastBound = label.pos;
    }

    /** True when nothing can fall through to the next instruction emitted. */
    boolean endsBlock() {
        if (instrs.isEmpty() || lastBound == instrs.size()) {
            return false;
        }
        Opcode last = instrs.get(instrs.size() - 1).op;
        return last == Opcode.RETURN_VALUE || last == Opcode.RAISE_VARARGS || last == Opcode.RERAISE
                || last == Opcode.JUMP_FORWARD;
    }

    /** Starts a region protected by a handler at {@code target}. */
    Handler setup(Label target, HandlerKind kind) {
        Handler h = new Handler(target, kind);
        Instr marker = new Instr(Opcode.NOP, 0, loc, null);
        marker.setup = h;
        instrs.add(marker);
        handlers.push(h);
        return h;
    }

    /**
     * Ends the innermost protected region (CPython's POP_BLOCK) and returns its handler. Like
     * CPython's, the POP_BLOCK stays as a NOP outside any region, which keeps the line of an
     * unwinding statement without extending the region.
     */
    Handler popHandler() {
        instrs.add(new Instr(Opcode.NOP, 0, loc, null));
        return handlers.pop();
    }

    /** Re-enters a region left by {@link #popHandler} on one path of the code. */
    void pushHandler(Handler h) {
        handlers.push(h);
    }

    List<Handler> saveHandlers() {
        return new ArrayList<>(handlers);
    }

    void restoreHandlers(List<Handler> saved) {
        handlers.clear();
        handlers.addAll(saved);
    }
}
