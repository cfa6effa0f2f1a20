package org.gilpy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.Instruction;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyStr;
import org.junit.jupiter.api.Test;

/**
 * The disassembler's instructions ({@code dis.get_instructions}) and listing ({@code dis.dis}):
 * CPython 3.11's fields and columns, and gilpy's GIL check points marked where the eval breaker
 * is tested, as on a loop's back edge.
 */
class DisassemblerTest {
    private static final String LOOP = """
            def count(n):
                i = 0
                while i < n:
                    i += 1
                return i
            """;

    @Test
    void aLoopsBackEdgeIsAMarkedCheckPoint() {
        PyCode code = Listings.code(LOOP, "count");
        List<Instruction> instructions = Disassembler.instructions(code);
        Instruction backEdge = instructions.stream()
                .filter(in -> in.op() == Opcode.JUMP_BACKWARD || in.op().name().startsWith("POP_JUMP_BACKWARD"))
                .findFirst().orElseThrow();
        assertTrue(backEdge.isCheckPoint());
        String line = Disassembler.disassemble(code).lines()
                .filter(l -> l.contains(" " + backEdge.offset() + " " + backEdge.op().name()))
                .findFirst().orElseThrow();
        assertTrue(line.endsWith(Disassembler.CHECK_POINT_MARK), line);
        String plain = Disassembler.disassemble(code).lines().filter(l -> l.contains("STORE_FAST"))
                .findFirst().orElseThrow();
        assertFalse(plain.contains("GIL"), plain);
    }

    @Test
    void instructionsCarryCPythonsFields() {
        PyCode code = Listings.code(LOOP, "count");
        List<Instruction> instructions = Disassembler.instructions(code);
        for (int i = 0; i < instructions.size(); i++) {
            assertEquals(2 * i, instructions.get(i).offset());
        }
        Instruction store = instructions.stream().filter(in -> in.op() == Opcode.STORE_FAST).findFirst().orElseThrow();
        assertEquals(PyStr.of("i"), store.argval());
        assertEquals("i", store.argrepr());
        assertEquals(2, store.startsLine() == 0 ? store.line() : store.startsLine());
        assertEquals(4, store.col());
        Instruction jump = instructions.stream().filter(in -> in.op().isJump()).findFirst().orElseThrow();
        int target = ((PyInt) jump.argval()).intValue();
        assertEquals("to " + target, jump.argrepr());
        assertTrue(instructions.get(target / 2).isJumpTarget());
        Instruction resume = instructions.get(0);
        assertEquals(-1, resume.arg());
        assertEquals(1, resume.startsLine());
    }

    @Test
    void theListingHasCPythonsColumnsAndMarksTheCurrentInstruction() {
        PyCode code = Listings.code(LOOP, "count");
        String listing = Disassembler.disassemble(code, 4);
        // lineno (3), current marker (3), jump-target marker (2), offset (4), opname (20), arg (5)
        assertTrue(listing.contains("\n  2           2 LOAD_CONST               1 (0)\n"), listing);
        assertTrue(listing.contains("\n    -->       4 STORE_FAST               1 (i)\n"), listing);
        assertTrue(listing.lines().anyMatch(l -> l.matches("  4     >>   \\d+ LOAD_FAST                1 \\(i\\)")), listing);
    }
}
