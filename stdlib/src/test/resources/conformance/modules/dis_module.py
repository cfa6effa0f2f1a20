# dis: the interface and the column layout of CPython 3.11's disassembler. gilpy's instructions
# are its own, so this prints what both share: fields, names, columns, labels, file=.
import dis
import io
import re


def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
    return total


class Shape:
    def area(self):
        return self.w * self.h

    @staticmethod
    def unit():
        return Shape()


print(dis.Instruction._fields)
print(dis.Positions._fields)
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opname[dis.opmap["RETURN_VALUE"]])
print(len(dis.opname))

instructions = list(dis.get_instructions(loop))
names = {ins.opname for ins in instructions}
print(sorted(names & {"LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL", "FOR_ITER", "GET_ITER", "BINARY_OP",
                      "COMPARE_OP", "JUMP_BACKWARD", "RETURN_VALUE", "LOAD_CONST"}))
print([(ins.opname, ins.argval, ins.argrepr) for ins in instructions if ins.opname in ("LOAD_FAST", "STORE_FAST")])
print([ins.argrepr for ins in instructions if ins.opname == "LOAD_GLOBAL"])
print([(ins.argval, ins.argrepr) for ins in instructions if ins.opname == "COMPARE_OP"])
print(sorted({ins.argrepr for ins in instructions if ins.opname == "BINARY_OP"}))
print([ins.starts_line for ins in instructions if ins.starts_line is not None])
print(all(ins.offset % 2 == 0 for ins in instructions), instructions[0].offset)

# every jump's target is marked as one, and its argval and argrepr agree
targets = {ins.argval for ins in instructions if ins.opcode in dis.hasjrel}
print(targets <= {ins.offset for ins in instructions if ins.is_jump_target})
print(all(ins.argrepr == "to %d" % ins.argval for ins in instructions if ins.opcode in dis.hasjrel))
store = next(ins for ins in instructions if ins.argval == "total")
print(store.positions.lineno, store.positions.col_offset, store.positions.end_col_offset)

# the layout: line number, '>>' on jump targets, offset right-aligned, name, arg, (argrepr)
out = io.StringIO()
dis.dis(loop, file=out)
text = out.getvalue()
row = re.compile(r"^([ \d]{3})     (>>|  ) +(\d+) ([A-Z_]+)(?: +(\d+)(?: \((.*)\))?)?")
rows = [row.match(line) for line in text.splitlines() if line]
print(all(rows), len(rows) == len(instructions))
print([m.group(4) for m in rows] == [ins.opname for ins in instructions])
print({line.index(ins.opname) for line, ins in zip([l for l in text.splitlines() if l], instructions)})
print([line for line in text.splitlines() if "(total)" in line][0][-27:])
print(text.count("\n\n"), text.startswith("  9           0 RESUME"))

# classes method by method, source strings, nested code objects, depth
out = io.StringIO()
dis.dis(Shape, file=out)
print(re.findall(r"^Disassembly of (\w+):$", out.getvalue(), re.M))
out = io.StringIO()
dis.dis("a + b * 2", file=out)
print([line.split()[-1] for line in out.getvalue().splitlines() if "LOAD_NAME" in line])
out = io.StringIO()
dis.dis("def f():\n    return [x for x in y]\n", file=out)
print(len(re.findall(r"^Disassembly of <code object (\S+)", out.getvalue(), re.M)))
out = io.StringIO()
dis.dis("def f():\n    return [x for x in y]\n", file=out, depth=1)
print(re.findall(r"^Disassembly of <code object (\S+)", out.getvalue(), re.M))
out = io.StringIO()
dis.dis(Shape.area.__code__, file=out)
print("LOAD_ATTR" in out.getvalue(), "(w)" in out.getvalue())

bc = dis.Bytecode(loop)
print(repr(bc).startswith("Bytecode(<function loop"), bc.first_line, bc.codeobj is loop.__code__)
print([ins.opname for ins in bc][-1])
print(dis.Bytecode(loop, first_line=100).first_line,
      next(ins for ins in dis.Bytecode(loop, first_line=100) if ins.starts_line).starts_line)
print(list(dis.findlinestarts(loop.__code__))[0][1])
try:
    dis.dis(42)
except TypeError as e:
    print(e)
