package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.gilpy.objects.PyExc;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.junit.jupiter.api.Test;

/**
 * The prompt's loop over scripted lines: echo, {@code _}, continuation, tracebacks and syntax
 * errors that leave the prompt running, Ctrl-C at the prompt, exit. The expected texts are
 * CPython 3.11's for the same lines ({@code python3 -i}, prompts on stderr).
 */
class ReplTest {
    /** Lines as typed; null stands for Ctrl-C while reading. */
    private static final class Script implements PromptInput {
        final Deque<String> lines;
        final StringBuilder transcript;

        Script(List<String> lines, StringBuilder transcript) {
            this.lines = new ArrayDeque<>(lines);
            this.transcript = transcript;
        }

        @Override
        public String readLine(String prompt) {
            transcript.append(prompt);
            if (lines.isEmpty()) {
                return null;
            }
            String line = lines.poll();
            if (line.equals("^C")) {
                throw PyExc.raise(PyExc.KeyboardInterrupt, "");
            }
            return line;
        }
    }

    private record Run(int exitCode, String stdout, String stderr, String prompts) {}

    private static Run run(String... typed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(InterpreterConfig.defaults().stdout(out).stderr(err));
        StringBuilder prompts = new StringBuilder();
        int code = interp.runMain("<stdin>", g -> new Repl(interp, new Script(List.of(typed), prompts)).run(g));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                prompts.toString());
    }

    @Test
    void expressionValuesAreEchoedAndKeptInUnderscore() {
        Run r = run("6 * 7", "_ + 1", "None", "x = 'a'", "x", "print(_)");
        assertEquals("42\n43\n'a'\na\n", r.stdout);
        assertEquals("", r.stderr);
    }

    @Test
    void compoundStatementsEndAtABlankLine() {
        Run r = run("for i in range(3):", "    print(i)", "", "x = (1,", "", "2)", "x");
        assertEquals("0\n1\n2\n(1, 2)\n", r.stdout);
        assertEquals(">>> ... ... >>> ... ... >>> >>> ", r.prompts);
    }

    @Test
    void anExceptionIsPrintedAndThePromptGoesOn() {
        Run r = run("def f():", "  return 1/0", "", "f()", "print('after')");
        assertEquals("after\n", r.stdout);
        assertEquals("""
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                  File "<stdin>", line 2, in f
                ZeroDivisionError: division by zero
                """, r.stderr);
        assertEquals(0, r.exitCode);
    }

    @Test
    void aSyntaxErrorIsReportedAtOnce() {
        Run r = run("try:", "  pass", "else", "1 +", "print('ok')");
        assertEquals("ok\n", r.stdout);
        assertEquals("""
                  File "<stdin>", line 3
                    else
                    ^^^^
                SyntaxError: expected 'except' or 'finally' block
                  File "<stdin>", line 1
                    1 +
                       ^
                SyntaxError: invalid syntax
                """, r.stderr);
        assertEquals(">>> ... ... >>> >>> >>> ", r.prompts);
    }

    @Test
    void ctrlCAtThePromptDropsTheLinesTyped() {
        Run r = run("if True:", "^C", "7");
        assertEquals("7\n", r.stdout);
        assertEquals("KeyboardInterrupt\n", r.stderr);
        assertEquals(">>> ... >>> >>> ", r.prompts);
    }

    @Test
    void exitLeavesWithItsCode() {
        Run r = run("exit", "exit(3)", "print('never')");
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit\n", r.stdout);
        assertEquals(3, r.exitCode);
    }

    @Test
    void sitePrintersTellAboutGilpyNotCPython() {
        Run r = run("help", "copyright", "credits", "license()");
        assertEquals("Type help() for interactive help, or help(object) for help about object.\n"
                + "Copyright (c) gilpy contributors. Python is (c) the Python Software Foundation.\n"
                + "    Thanks to the Python Software Foundation and the Python community for the\n"
                + "    design of Python, and to the projects gilpy is built with: ANTLR, Guava,\n"
                + "    JLine, JUnit and JMH.\n"
                + "gilpy does not state a license yet: see README.md in its repository.\n"
                + "Python, the language gilpy implements, is the Python Software Foundation's:\n"
                + "see https://www.python.org/psf/license/ for its license.\n", r.stdout);
    }
}
