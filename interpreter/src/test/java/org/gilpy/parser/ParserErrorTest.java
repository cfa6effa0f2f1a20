package org.gilpy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: kind, message and location (line, 1-based offset, end line, end offset) must be
 * those of CPython 3.11's {@code compile(src, '<s>', 'exec')}; the expectations below were
 * produced with python3.11.
 */
class ParserErrorTest {

    static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> Parser.parse(src, "<s>", Mode.EXEC), src);
    }

    private static Arguments row(String src, String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return Arguments.of(src, kind, msg, line, offset, endLine, endOffset);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5),
                row("@dec\n\n\n", "SyntaxError", "invalid syntax", 3, 0, 3, 0),
                row("@dec\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0),
                row("class P:\n", "IndentationError", "expected an indented block after class definition on line 1",
                        1, 9, 1, -1),
                row("try:\n    pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1),
                row("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6),
                row("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7),
                row("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8),
                row("x = 012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6),
                row("x = 1_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6),
                row("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6),
                row("x = 5jx", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6),
                row("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
                row("x = f'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
                row("x = \\'\\'\\'abc\ny = 2", "SyntaxError", "unexpected character after line continuation character", 1, 6, 1, 0),
                row("if x:\n  a\n b", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1),
                row("if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
                row("if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
                row("  x = 1", "IndentationError", "unexpected indent", 1, 2, 1, -1),
                row("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
                row("def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 5),
                row("class C:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5),
                row("for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5),
                row("while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5),
                row("try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5),
                row("try:\n  pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5),
                row("try:\n  pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5),
                row("if x:\n  pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5),
                row("if x:\n  pass\nelif y:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5),
                row("with x:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5),
                row("x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("x = \u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 5, 1, 5),
                row("x = a\\ b", "SyntaxError", "unexpected character after line continuation character", 1, 7, 1, 0),
                row("x = (1,", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
                row("x = (1,\ny = 2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
                row("x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
                row("x = f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10),
                row("x = f(1 + 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 14),
                row("x = ]", "SyntaxError", "unmatched ']'", 1, 5, 1, 5),
                row("x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7),
                row("x = (1,\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1),
                row("print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10),
                row("print x, y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11),
                row("1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
                row("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
                row("if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5),
                row("def f()\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8),
                row("class C x:\n  pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
                row("for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11, 1, 11),
                row("while x\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8),
                row("x = 'a' b'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13),
                row("x = b'\u00e9'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 9),
                row("x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8),
                row("x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1),
                row("a b", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
                row("x = f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10),
                row("x = f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 1, 13),
                row("x = f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 9, 1, 9),
                row("x = f'{x'", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10),
                row("None = 1", "SyntaxError", "cannot assign to None", 1, 1, 1, 5),
                row("x + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
                row("(1, 2) = x", "SyntaxError", "cannot assign to literal", 1, 2, 1, 3),
                row("a, f() = x", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7),
                row("[a, 1] = x", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
                row("a = 1 = x", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
                row("del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8),
                row("del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10),
                row("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
                row("with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12),
                row("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4),
                row("(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7),
                row("a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5),
                row("x: int, y = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7),
                row("[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4),
                row("f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4),
                row("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15),
                row("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10),
                row("f(**k, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10),
                row("f(**k, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
                row("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7),
                row("f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 19, 1, 20),
                row("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13),
                row("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8),
                row("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8),
                row("def f(a, *, b, /): pass", "SyntaxError", "/ must be ahead of *", 1, 16, 1, 17),
                row("def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8),
                row("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
                row("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17),
                row("def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12),
                row("lambda a=1, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14),
                row("x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0),
                row("x = {1, 2: 3}", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
                row("x = (*a)", "SyntaxError", "cannot use starred expression here", 1, 6, 1, 8),
                row("x = [*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8),
                row("yield x = 1", "SyntaxError", "assignment to yield expression not possible", 1, 1, 1, 8),
                row("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10),
                row("f(**k=1)", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
                row("x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11),
                row("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17),
                row("from x import (a b)", "SyntaxError", "invalid syntax", 1, 18, 1, 19),
                row("import a.b as", "SyntaxError", "invalid syntax", 1, 14, 1, 14),
                row("    x = 1", "IndentationError", "unexpected indent", 1, 4, 1, -1),
                row("if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1),
                row("if x:\n    pass\n      y", "IndentationError", "unexpected indent", 3, 6, 3, -1),
                row("if x = 1:\n  pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
                row("def f() x:\n  pass", "SyntaxError", "expected ':'", 1, 9, 1, 10),
                row("for x in y z:\n  pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13),
                row("class C(x) y:\n  pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13),
                row("while x y:\n  pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
                row("x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
                row("f(a, b\nc = 3", "SyntaxError", "'(' was never closed", 1, 2, 1, 0),
                row("x = 1 + * 2", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
                row("def f(x):\n    return x +", "SyntaxError", "invalid syntax", 2, 15, 2, 15),
                row("x = (a\n     b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 2, 7),
                row("import", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
                row("from x import", "SyntaxError", "invalid syntax", 1, 14, 1, 14),
                row("a.", "SyntaxError", "invalid syntax", 1, 3, 1, 3),
                row("try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2),
                row("else:\n  pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
                row("x = yield from", "SyntaxError", "invalid syntax", 1, 15, 1, 15),
                row("with open(x) as f, open(y) as g\n  pass", "SyntaxError", "expected ':'", 1, 32, 1, 32),
                row("if x:\n\t    pass\n    \t\tz\n", "IndentationError", "unexpected indent", 3, 6, 3, -1),
                row("x = f'{x!r=}'\n", "SyntaxError", "f-string: expecting '}'", 1, 14, 1, 14),
                row("x = f'{lambda x: 1}'\n", "SyntaxError", "f-string: invalid syntax", 1, 10, 1, 11),
                row("x = f'{x\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 13, 1, 13),
                row("x = f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 11, 1, 11),
                row("x = f'{x:{y:{z}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19),
                row("x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
                row("x = f'{)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 11, 1, 11),
                row("x = f'{a)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 12, 1, 12),
                row("x = f'{a(}'\n", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 12, 1, 12),
                row("x = u'\\N{DASH}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 16, 1, 16),
                row("x = '\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10),
                row("x = a\u00a0b\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6),
                row("x =\u00a0b\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 4, 1, 4),
                row("x = a\u200bb\n", "SyntaxError", "invalid non-printable character U+200B", 1, 6, 1, 6),
                row("x = 5 ?\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("x = `a`\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("x = !a\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("x = a!\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
                row("x = await\n", "SyntaxError", "invalid syntax", 1, 10, 1, 10),
                row("x = not\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8),
                row("x = a is not not b\n", "SyntaxError", "invalid syntax", 1, 14, 1, 17),
                row("raise X, 'a'\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
                row("exec 'x'\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9),
                row("from a import (*)\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17),
                row("x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
                row("x = 1\ny = f'''\n{a b}'''\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2, 3, 5),
                row("x = f'{x\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 13, 1, 13),
                row("x = f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 11, 1, 11),
                row("x = f'{)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 11, 1, 11),
                row("x = f'{a(}'\n", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 12, 1, 12),
                row("x = f'{x:{y:{z}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19),
                row("x = f'{x!}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12, 1, 12),
                row("x = f'{x=!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 14),
                row("x = '\\N{NOPE}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 1, 15),
                row("x = b'\\x4'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 1, 11),
                row("if x:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1),
                row("def f():\n\tif x:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
                row("x = (]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6),
                row("x = {)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{'", 1, 6, 1, 6),
                row("x = [1, 2}\n", "SyntaxError", "closing parenthesis '}' does not match opening parenthesis '['", 1, 10, 1, 10),
                row("def f(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("class C(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
                row("for x in range(10)\n    pass\n", "SyntaxError", "expected ':'", 1, 19, 1, 19),
                row("while True\n    pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11),
                row("with open(f) as g\n    pass\n", "SyntaxError", "expected ':'", 1, 18, 1, 18),
                row("try\n    pass\n", "SyntaxError", "expected ':'", 1, 4, 1, 4),
                row("else\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
                row("x = 3 +* 4\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
                row("x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("f(1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
                row("[a b]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
                row("{a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
                row("{a: b c}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8),
                row("foo(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11),
                row("print 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8),
                row("print f(x)\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11),
                row("x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5),
                row("x = 'abc\ny'\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
                row("x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5),
                row("if True:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
                row("def f():\n    pass\n  x = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1),
                row("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 2, -1),
                row("@dec\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1, 2, 2),
                row("return return\n", "SyntaxError", "invalid syntax", 1, 8, 1, 14),
                row("del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6),
                row("del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8),
                row("(a, b) = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 10, 1, 11),
                row("a + 1 += 1\n", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6),
                row("f() = 3\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
                row("[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15),
                row("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5),
                row("... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
                row("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11),
                row("lambda x=1, y: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14),
                row("f(*)\n", "SyntaxError", "invalid syntax", 1, 4, 1, 5),
                row("f(**)\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("f(a, *)\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("import a.\n", "SyntaxError", "invalid syntax", 1, 10, 1, 10),
                row("from import x\n", "SyntaxError", "invalid syntax", 1, 6, 1, 12),
                row("from . import\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14),
                row("global\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
                row("assert\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
                row("x.1\n", "SyntaxError", "invalid syntax", 1, 2, 1, 4),
                row("1.__class__\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
                row("x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7),
                row("x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6, 1, 6),
                row("x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6),
                row("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5),
                row("x = 1.5j2\n", "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8),
                row("x = 09\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6),
                row("x = 1 $ 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("x = a ? b : c\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1),
                row("x = a \\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0),
                row("for i in range(10) print(i)", "SyntaxError", "invalid syntax", 1, 20, 1, 25),
                row("x === 1", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("def f(x) return x", "SyntaxError", "expected ':'", 1, 10, 1, 16),
                row("class A(object)\n  pass", "SyntaxError", "expected ':'", 1, 16, 1, 16),
                row("print(\"a\" \"b\" c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 16),
                row("foo(,)", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("a = [1,,2]", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
                row("x = {'a': 1 'b': 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 16),
                row("import os,", "SyntaxError", "invalid syntax", 1, 11, 1, 11),
                row("x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
                row("while True print(1)", "SyntaxError", "invalid syntax", 1, 12, 1, 17),
                row("try:\n  x\nexcept Exception, e:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 20),
                row("x = 1 if y else", "SyntaxError", "invalid syntax", 1, 16, 1, 16),
                row("del x + 1", "SyntaxError", "cannot delete expression", 1, 5, 1, 10),
                row("x := 5", "SyntaxError", "invalid syntax", 1, 3, 1, 5),
                row("True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5),
                row("f(a, b for b in c)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18),
                row("[x for x in]", "SyntaxError", "invalid syntax", 1, 12, 1, 13),
                row("x = (1, 2, 3]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 13, 1, 13),
                row("elif x:\n  pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
                row("print(\u201chi\u201d)", "SyntaxError", "invalid character '\u201c' (U+201C)", 1, 7, 1, 7),
                row("print(f\"{x\")", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 13),
                row("import a as b.c", "SyntaxError", "invalid syntax", 1, 14, 1, 15),
                row("a.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4),
                row("if x: pass\nelse pass", "SyntaxError", "expected ':'", 2, 6, 2, 10),
                row("x++", "SyntaxError", "invalid syntax", 1, 4, 1, 4),
                row("def f():\n  x = 1\n    y = 2", "IndentationError", "unexpected indent", 3, 4, 3, -1),
                row("class C:\n  def f(self):\n  pass", "IndentationError", "expected an indented block after function definition on line 2", 3, 3, 3, 7),
                row("if x:\n    pass\nelif y\n    pass", "SyntaxError", "expected ':'", 3, 7, 3, 7),
                row("def f:\n  pass", "SyntaxError", "expected '('", 1, 6, 1, 7),
                row("def (x): pass", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("class:\n  pass", "SyntaxError", "invalid syntax", 1, 6, 1, 7),
                row("x = [1, 2\ny = 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
                row("f(a, b", "SyntaxError", "'(' was never closed", 1, 2, 1, 0),
                row("x = {\n  'a': 1,\n  'b': 2", "SyntaxError", "'{' was never closed", 1, 5, 1, 0),
                row("print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14),
                row("exec \"code\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 12),
                row("print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8),
                row("def f(a, b):\n    return a +", "SyntaxError", "invalid syntax", 2, 15, 2, 15),
                row("with open('f') as f\n    pass", "SyntaxError", "expected ':'", 1, 20, 1, 20),
                row("x = [i for i in range(10) if i % 2 == 0 else 0]", "SyntaxError", "invalid syntax", 1, 41, 1, 45),
                row("s = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
                row("s = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
                row("if x == 1:\n    print(1)\n  else:\n    print(2)", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1),
                row("lambda x: yield x", "SyntaxError", "invalid syntax", 1, 11, 1, 16),
                row("x = (yield) = 1", "SyntaxError", "cannot assign to yield expression", 1, 6, 1, 11),
                row("a = b = c = ", "SyntaxError", "invalid syntax", 1, 13, 1, 13),
                row("def f(**kwargs, *args): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 17, 1, 18),
                row("f(**k, *a)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
                row("x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8),
                row("x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
                row("try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1),
                row("try:\n    pass\nelse:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 5),
                row("for x in 1, 2:\n  pass\nelse\n  pass", "SyntaxError", "expected ':'", 3, 5, 3, 5),
                row("while x:\n  pass\nelse x:\n  pass", "SyntaxError", "expected ':'", 3, 6, 3, 7),
                row("raise E,", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
                row("assert x y", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
                row("global x, ", "SyntaxError", "invalid syntax", 1, 11, 1, 11),
                row("import", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
                row("from .m import a as", "SyntaxError", "invalid syntax", 1, 20, 1, 20),
                row("x = [1 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
                row("x = (a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12),
                row("f(x y=1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
                row("x = a b", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
                row("x.y z", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
                row("print(\"x\" % y z)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 16),
                row("if x:\n  try:\n    pass\ny = 1", "SyntaxError", "expected 'except' or 'finally' block", 4, 0, 4, -1),
                row("if x:\n  try:\n    pass\n  y = 1", "SyntaxError", "expected 'except' or 'finally' block", 4, 3, 4, 4),
                row("try:\n    pass\nexcept (A, B), e:\n    pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 17),
                row("def f(a, **k, b=1): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 15, 1, 16),
                row("pass", "", "", 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void matchesCPython(String src, String kind, String msg, int line, int offset, int endLine, int endOffset) {
        if (kind.isEmpty()) {
            Parser.parse(src, "<s>", Mode.EXEC);   // the sentinel row parses
            return;
        }
        PySyntaxError e = error(src);
        String where = kind + " " + msg + " " + line + ":" + offset + "-" + endLine + ":" + endOffset;
        String got = e.kind + " " + e.msg + " " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        assertEquals(where, got, src);
    }

    @Test
    void carriesFilenameAndLineText() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parse("x = 1\nif x\n    pass\n", "prog.py", Mode.EXEC));
        assertEquals("prog.py", e.filename);
        assertEquals("if x", e.text);
        assertEquals("expected ':'", e.msg);
        assertEquals(2, e.lineno);
        assertTrue(e.getMessage().contains("prog.py"));
    }

    @Test
    void indentationErrorsHaveTheirKind() {
        assertEquals("IndentationError", error("if x:\npass\n").kind);
        assertEquals("IndentationError", error("  x = 1\n").kind);
        assertEquals("IndentationError", error("if x:\n    a\n  b\n").kind);
        assertEquals("TabError", error("if x:\n\ta\n        b\n").kind);
        assertEquals("SyntaxError", error("x = (\n").kind);
    }

    @Test
    void tabErrorComparesTabSizeEightAndOne() {
        // a tab and eight spaces are the same column with tab size 8 but not with tab size 1
        assertEquals("TabError", error("if x:\n        a\n\tb\n").kind);
        // consistent use of tabs is fine, and so is the same whitespace prefix
        Parser.parse("if x:\n\tif y:\n\t\ta\n\tb\n", "<s>", Mode.EXEC);
        Parser.parse("if x:\n \ta\n \tb\n", "<s>", Mode.EXEC);
        // deeper with tab size 8 but not deeper with tab size 1
        assertEquals("TabError", error("if x:\n       \ta\n\t\tb\n").kind);
    }

    @Test
    void fstringExpressionErrorsAreRelativeToTheExpression() {
        PySyntaxError e = error("x = 1\ny = f'{a b}'\n");
        assertEquals("f-string: invalid syntax. Perhaps you forgot a comma?", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(2, e.offset);
        assertEquals("(a b)", e.text);
    }

    @Test
    void nullBytesAreRejected() {
        PySyntaxError e = error("x = 1\0\n");
        assertEquals("source code string cannot contain null bytes", e.msg);
        assertNull(e.text);
    }

    @Test
    void errorsInEvalAndSingleModes() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1", "<s>", Mode.EVAL));
        assertEquals("invalid syntax", e.msg);
        assertThrows(PySyntaxError.class, () -> Parser.parse("*a, b", "<s>", Mode.EVAL));
        assertThrows(PySyntaxError.class, () -> Parser.parse("", "<s>", Mode.SINGLE));
        assertThrows(PySyntaxError.class, () -> Parser.parse("1 +", "<s>", Mode.SINGLE));
    }
}
