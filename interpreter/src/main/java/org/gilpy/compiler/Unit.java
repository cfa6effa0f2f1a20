package org.gilpy.compiler;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.PyCode;
import org.gilpy.compiler.CodeBuilder.Handler;
import org.gilpy.compiler.CodeBuilder.Label;

/**
 * One code object being compiled (CPython's {@code compiler_unit}): its scope, names, argument
 * counts, instructions, and the stack of enclosing control-flow blocks that {@code return},
 * {@code break} and {@code continue} must unwind.
 */
final class Unit {
    enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    /** A control-flow block that jumps out of it must clean up (CPython's {@code fblockinfo}). */
    enum BlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER
    }

    /**
     * @param start the loop's continue target
     * @param exit  the loop's break target
     * @param datum FINALLY_TRY: the finally body; WITH: the With statement; HANDLER_CLEANUP: the
     *              {@code as} name or null
     */
    record FrameBlock(BlockKind kind, Label start, Label exit, Object datum) {}

    final Scope scope;
    final Kind kind;
    final String name;
    final String qualname;
    /** The class whose private names ({@code __x}) are mangled here, or null. */
    final String privateName;
    final int firstlineno;
    final CodeBuilder code = new CodeBuilder();
    final List<FrameBlock> blocks = new ArrayList<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    /** A generator's implicit handler turning a leaked StopIteration into RuntimeError. */
    Handler stopIterationHandler;

    Unit(Scope scope, Kind kind, String name, String qualname, String privateName, int firstlineno) {
        this.scope = scope;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.privateName = privateName;
        this.firstlineno = firstlineno;
        for (String p : scope.params) {
            code.varnames.put(p, code.varnames.size());
        }
    }

    int flags() {
        int flags = 0;
        if (scope.isFunction()) {
            flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
            if (scope.nested) {
                flags |= PyCode.CO_NESTED;
            }
            if (scope.coroutine) {
                flags |= scope.generator ? PyCode.CO_ASYNC_GENERATOR : PyCode.CO_COROUTINE;
            } else if (scope.generator) {
                flags |= PyCode.CO_GENERATOR;
            }
            if (scope.varargs) {
                flags |= PyCode.CO_VARARGS;
            }
            if (scope.varkeywords) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    void push(BlockKind kind, Label start, Label exit, Object datum) {
        blocks.add(new FrameBlock(kind, start, exit, datum));
    }

    void pop() {
        blocks.remove(blocks.size() - 1);
    }
}
