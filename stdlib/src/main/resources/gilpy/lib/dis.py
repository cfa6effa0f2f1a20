"""Disassembler of gilpy's bytecode, with the interface and the layout of CPython 3.11's dis.

gilpy's instruction set is CPython-like but its own (no CACHE entries, so offsets are dense; no
PRECALL or EXTENDED_ARG). Its addition: the instructions where the GIL may change hands, where
the eval breaker is tested, are marked "# GIL check point" in the listings, and
Instruction.is_gil_check_point tells them apart.
"""

import collections
import sys
import types

import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "opname", "opmap",
           "hasconst", "hasname", "hasjrel", "haslocal", "hascompare", "hasfree",
           "gil_check_points", "HAVE_ARGUMENT"]

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasconst, hasname, hasjrel, haslocal, hascompare, hasfree = [], [], [], [], [], []
gil_check_points = set()
_ARG_KINDS = {"CONST": hasconst, "NAME": hasname, "GLOBAL": hasname, "LOCAL": haslocal,
              "JUMP_FORWARD": hasjrel, "JUMP_BACKWARD": hasjrel, "CMP": hascompare}
for _name, _op, _kind, _check_point in _dis.opcodes:
    opname[_op] = _name
    opmap[_name] = _op
    if _kind in _ARG_KINDS:
        _ARG_KINDS[_kind].append(_op)
    if _check_point:
        gil_check_points.add(_name)
hasfree.extend(op for op in haslocal if opname[op] in ("LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF",
                                                      "DELETE_DEREF", "LOAD_CLASSDEREF", "MAKE_CELL"))
gil_check_points = frozenset(gil_check_points)
# gilpy decides per opcode whether it takes an argument; every opcode number is below this
HAVE_ARGUMENT = len(_dis.opcodes)

Positions = collections.namedtuple("Positions", "lineno end_lineno col_offset end_col_offset",
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation, with the fields of CPython 3.11's dis.Instruction.

      opname - human readable name for operation
      opcode - numeric code for operation
      arg - numeric argument to operation (if any), otherwise None
      argval - resolved arg value (if known), otherwise same as arg
      argrepr - human readable description of operation argument
      offset - start index of operation within bytecode sequence
      starts_line - line started by this opcode (if any), otherwise None
      is_jump_target - True if other code jumps to here, otherwise False
      positions - Optional dis.Positions object holding the span of source code
                  covered by this instruction
    """

    __slots__ = ()

    @property
    def is_gil_check_point(self):
        """True where the GIL may change hands (gilpy's addition)."""
        return self.opname in gil_check_points


_HAVE_CODE = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)


def _try_compile(source, name):
    """An expression compiled in eval mode, anything else in exec mode, as CPython's dis does."""
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def _unwrap(x):
    """The code object of a method, function or generator; anything else as it is."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    if hasattr(x, "gi_code"):
        return x.gi_code
    return x


def _get_code_object(x):
    """The code object of a method, function, generator, code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _write(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source strings.

    With no argument, disassemble the last traceback. A class or module is disassembled method
    by method; nested code objects are disassembled after their parent, depth levels deep.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _HAVE_CODE):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _write(_dis.dis(x, depth), file)
    elif isinstance(x, str):
        _write(_dis.dis(_try_compile(x, "<dis>"), depth), file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback), marking the instruction it stopped at."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    _write(Bytecode(tb.tb_frame.f_code, current_offset=tb.tb_lasti).dis(), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object alone (its nested code objects are left out)."""
    _write(Bytecode(co, current_offset=None if lasti < 0 else lasti).dis(), file)


disco = disassemble


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, code object or source string.

    With first_line, the line numbers are shifted so that the code starts at that line.
    """
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


def _instructions(co, line_offset):
    for (name, op, arg, argval, argrepr, offset, starts_line, is_jump_target,
         lineno, end_lineno, col, end_col, _) in _dis.instructions(co):
        if starts_line is not None:
            starts_line += line_offset
        yield Instruction(name, op, arg, argval, argrepr, offset, starts_line, is_jump_target,
                          Positions(lineno, end_lineno, col, end_col))


def findlinestarts(code):
    """(offset, lineno) of each instruction that begins a source line."""
    for instr in _instructions(code, 0):
        if instr.starts_line is not None:
            yield instr.offset, instr.starts_line


def findlabels(code):
    """The offsets that jump instructions jump to."""
    return sorted({instr.argval for instr in _instructions(code, 0) if instr.opcode in hasjrel})


def code_info(x):
    """A formatted description of the code object of x."""
    co = _get_code_object(x)
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "Positional-only arguments: %s" % co.co_posonlyargcount,
             "Kw-only arguments: %s" % co.co_kwonlyargcount,
             "Number of locals:  %s" % co.co_nlocals,
             "Stack size:        %s" % co.co_stacksize,
             "Flags:             %s" % co.co_flags]
    for title, items in (("Constants", [repr(c) for c in co.co_consts]), ("Names", co.co_names),
                         ("Variable names", co.co_varnames), ("Free variables", co.co_freevars),
                         ("Cell variables", co.co_cellvars)):
        if items:
            lines.append("%s:" % title)
            lines.extend("%4d: %s" % pair for pair in enumerate(items))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of the code object of co."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode of a function, method, code object or source string: iterating gives its
    Instructions, dis() its listing (the code alone, without the nested code objects).
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of the innermost frame of tb, its current offset where tb stopped."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """A formatted description of the code object."""
        return code_info(self.codeobj)

    def dis(self):
        """The listing, the instruction at current_offset marked with '-->'."""
        return _dis.disassemble(self.codeobj, -1 if self.current_offset is None else self.current_offset)


def _test():
    """Disassemble the file named on the command line (or standard input)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
