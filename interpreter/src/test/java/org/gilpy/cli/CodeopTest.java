package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gilpy.parser.PySyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the prompt asks for more ({@code ...}), runs the statement, or reports a syntax error at
 * once: the expectations are what CPython 3.11's interactive prompt does with the same lines
 * (typed at python3 in a terminal). Lines are separated by '|' below.
 */
class CodeopTest {
    private static String lines(String s) {
        return s.replace('|', '\n');
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x = 1; COMPLETE",
        "'   '; EMPTY",
        "# only a comment; EMPTY",
        "if x: print(1); INCOMPLETE",
        "if x: print(1)|; COMPLETE",
        "if x:; INCOMPLETE",
        "if x:|; COMPLETE",
        "for i in y:|  pass|  pass; INCOMPLETE",
        "try:|  pass; INCOMPLETE",
        "try:|  pass|; COMPLETE",
        "class A:|  def f(self):|    pass; INCOMPLETE",
        "@decorator; INCOMPLETE",
        "x = (1,; INCOMPLETE",
        "x = (1,||; INCOMPLETE",
        "x = (1,|2); COMPLETE",
        "f(a, [1, {2:; INCOMPLETE",
        "x = 1 +\\; INCOMPLETE",
        "s = '''abc; INCOMPLETE",
        "s = '''abc|def'''; COMPLETE",
        "s = ')'; COMPLETE",
        "1 +; COMPLETE",
        "print(1)); COMPLETE",
    })
    void status(String typed, Codeop.Status expected) {
        assertEquals(expected, Codeop.status(lines(typed), "<stdin>"), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "(1 2; invalid syntax. Perhaps you forgot a comma?; 1",
        "def f(:; invalid syntax; 1",
        "try:|  pass|else; expected 'except' or 'finally' block; 3",
        "if x:|  y = 1 2; invalid syntax; 2",
    })
    void errorReportedAtOnce(String typed, String message, int line) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Codeop.status(lines(typed), "<stdin>"), typed);
        assertEquals(message, e.msg);
        assertEquals(line, e.lineno);
    }
}
