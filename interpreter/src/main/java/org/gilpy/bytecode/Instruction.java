package org.gilpy.bytecode;

import org.gilpy.objects.PyObject;

/**
 * One instruction of a code object as the disassembler shows it, with the fields of CPython
 * 3.11's {@code dis.Instruction}: {@code argval} is what the argument stands for (the constant,
 * the name, the jump target's offset, ...), {@code argrepr} its text; {@code startsLine} is 0
 * unless the instruction begins a source line; {@code line}, {@code endLine}, {@code col},
 * {@code endCol} are its source span (line 0: none). {@code arg} is -1 for an instruction
 * without argument, and {@code argval} is then null.
 */
public record Instruction(Opcode op, int arg, PyObject argval, String argrepr, int offset, int startsLine,
                          boolean isJumpTarget, int line, int endLine, int col, int endCol) {
    /** Whether the GIL may change hands here (where the eval breaker is tested). */
    public boolean isCheckPoint() {
        return op.checkPoint;
    }
}
