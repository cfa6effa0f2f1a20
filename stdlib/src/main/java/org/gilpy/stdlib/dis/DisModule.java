package org.gilpy.stdlib.dis;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.Instruction;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _dis}: the Java half of the {@code dis} module, over the one opcode table and the
 * disassembler that {@code -X dis} uses, so that both print the same text.
 */
public final class DisModule implements ModuleDef {
    @Override
    public String name() {
        return "_dis";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_dis");
        m.put("opcodes", opcodes());
        m.function("instructions", Builtin.of("instructions", (self, code) -> instructions(code(code))));
        m.function("dis", Builtin.of("dis", (self, code, depth) ->
                PyStr.of(Disassembler.dis(code(code), depth == PyNone.NONE ? -1 : (int) Abstract.index(depth)))));
        m.function("disassemble", Builtin.of("disassemble", (self, code, currentOffset) ->
                PyStr.of(Disassembler.disassemble(code(code), (int) Abstract.index(currentOffset)))));
        return m;
    }

    private static PyCode code(PyObject o) {
        if (o instanceof PyCode c) {
            return c;
        }
        throw PyExc.typeError("expected a code object, not %s", o.type().name);
    }

    /** (name, number, argument kind, GIL check point) for every opcode. */
    private static PyList opcodes() {
        List<PyObject> out = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            out.add(PyTuple.of(PyStr.of(op.name()), PyInt.of(op.ordinal()), PyStr.of(op.arg.name()),
                    PyBool.of(op.checkPoint)));
        }
        return new PyList(out);
    }

    /** dis.Instruction's fields (positions flattened), one tuple per instruction. */
    private static PyList instructions(PyCode code) {
        List<PyObject> out = new ArrayList<>();
        for (Instruction in : Disassembler.instructions(code)) {
            boolean hasArg = in.arg() >= 0;
            boolean hasPosition = in.line() > 0;
            out.add(PyTuple.of(PyStr.of(in.op().name()), PyInt.of(in.op().ordinal()),
                    hasArg ? PyInt.of(in.arg()) : PyNone.NONE, hasArg ? in.argval() : PyNone.NONE,
                    PyStr.of(in.argrepr()), PyInt.of(in.offset()),
                    in.startsLine() > 0 ? PyInt.of(in.startsLine()) : PyNone.NONE, PyBool.of(in.isJumpTarget()),
                    hasPosition ? PyInt.of(in.line()) : PyNone.NONE, hasPosition ? PyInt.of(in.endLine()) : PyNone.NONE,
                    hasPosition ? PyInt.of(in.col()) : PyNone.NONE, hasPosition ? PyInt.of(in.endCol()) : PyNone.NONE,
                    PyBool.of(in.isCheckPoint())));
        }
        return new PyList(out);
    }
}
