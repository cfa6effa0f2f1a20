package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: a separate JVM running {@code org.gilpy.cli.Main}, with
 * exit codes, sys.argv and error output compared with what CPython 3.11 gives for the same call.
 */
class CliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    /** A ProcessBuilder for {@code gilpy args...} in dir. */
    private ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile());
    }

    Result gilpy(String stdin, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = command(args);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gilpy did not finish");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path write(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    @Test
    void pythonUnbufferedInTheEnvironmentIsDashU() throws Exception {
        write("mixed.py", "import sys\nprint('a', end='')\nprint('b', file=sys.stderr)\nprint('c')\n");
        // stdout and stderr into one file: unbuffered, 'a' is written before stderr's line
        assertEquals("ab\nc\n", merged("1", "mixed.py"));
        assertEquals("b\nac\n", merged("", "mixed.py"));
        assertEquals("b\nac\n", merged("1", "-E", "mixed.py"));
    }

    /** What gilpy args... writes to stdout and stderr together, PYTHONUNBUFFERED set to unbuffered. */
    private String merged(String unbuffered, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = command(args).redirectErrorStream(true);
        pb.environment().put("PYTHONUNBUFFERED", unbuffered);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gilpy did not finish");
        return out;
    }

    @Test
    void scriptGetsArgvAsTyped() throws Exception {
        write("args.py", "import sys\nprint(sys.argv)\n");
        Result r = gilpy(null, "args.py", "a", "b c");
        assertEquals("['args.py', 'a', 'b c']\n", r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void commandGetsDashC() throws Exception {
        Result r = gilpy(null, "-c", "import sys; print(sys.argv)", "x", "y");
        assertEquals("['-c', 'x', 'y']\n", r.out());
    }

    @Test
    void scriptFromStandardInput() throws Exception {
        Result r = gilpy("print('from stdin', __name__)\n");
        assertEquals("from stdin __main__\n", r.out());
        Result dash = gilpy("import sys; print(sys.argv)\n", "-", "q");
        assertEquals("['-', 'q']\n", dash.out());
    }

    @Test
    void moduleRunsAsMain() throws Exception {
        Path mod = write("modx.py", "import sys\nprint('main of mod', __name__, sys.argv)\n");
        Result r = gilpy(null, "-m", "modx", "z");
        assertEquals("main of mod __main__ ['" + mod.toRealPath() + "', 'z']\n", r.out());
    }

    @Test
    void missingScriptExitsTwoWithCPythonsMessage() throws Exception {
        Result r = gilpy(null, "nonexist.py");
        assertEquals(2, r.exit());
        assertEquals("gilpy: can't open file '" + dir.toRealPath().resolve("nonexist.py")
                + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void syntaxErrorShowsFileLineAndCaret() throws Exception {
        Path p = write("syn.py", "x = (1 +\n");
        Result r = gilpy(null, "syn.py");
        assertEquals(1, r.exit());
        assertEquals("  File \"" + p.toRealPath() + "\", line 1\n    x = (1 +\n        ^\n"
                + "SyntaxError: '(' was never closed\n", r.err());
    }

    /** As CPython 3.11 prints them (recorded with python3): no caret left of the text; one caret for subclasses. */
    @Test
    void syntaxErrorCaretsFollowCPythonsRules() throws Exception {
        String raise = "raise %s('m', ('f.py', 1, %d, '    def f(): pass\\n', 1, %d))";
        String head = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "  File \"f.py\", line 1\n    def f(): pass\n";
        assertEquals(head + "SyntaxError: m\n", gilpy(null, "-c", String.format(raise, "SyntaxError", 3, 12)).err());
        assertEquals(head + "    ^^^^^^^\nSyntaxError: m\n",
                gilpy(null, "-c", String.format(raise, "SyntaxError", 5, 12)).err());
        assertEquals(head + "    ^\nIndentationError: m\n",
                gilpy(null, "-c", String.format(raise, "IndentationError", 5, 12)).err());
    }

    /** CPython's parser reading a file places an error at the end of the input at column 0: no caret. */
    @Test
    void syntaxErrorAtTheEndOfAFileHasNoCaret() throws Exception {
        Path p = write("eof.py", "class P:\n");
        String expected = "  File \"" + p.toRealPath() + "\", line 1\n    class P:\n"
                + "IndentationError: expected an indented block after class definition on line 1\n";
        assertEquals(expected, gilpy(null, "eof.py").err());
        assertEquals(expected.replace(p.toRealPath().toString(), "<stdin>"), gilpy("class P:\n").err());
        assertEquals("  File \"<string>\", line 1\n    class P:\n            ^\n"
                + "IndentationError: expected an indented block after class definition on line 1\n",
                gilpy(null, "-c", "class P:").err());
    }

    /** As CPython 3.11: a failed assert's traceback marks its test. */
    @Test
    void failedAssertMarksItsTest() throws Exception {
        Path p = write("asrt.py", "x = 2\nassert x == 3, 'msg'\n");
        assertEquals("Traceback (most recent call last):\n  File \"" + p.toRealPath() + "\", line 2, in <module>\n"
                + "    assert x == 3, 'msg'\n           ^^^^^^\nAssertionError: msg\n", gilpy(null, "asrt.py").err());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAfterEarlierOutput() throws Exception {
        Path p = write("exc.py", "def f():\n    raise ValueError(\"bad\")\nprint(\"before\")\nf()\n");
        Result r = gilpy(null, "exc.py");
        assertEquals(1, r.exit());
        assertEquals("before\n", r.out());
        String file = p.toRealPath().toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 4, in <module>\n    f()\n"
                + "  File \"" + file + "\", line 2, in f\n    raise ValueError(\"bad\")\n"
                + "ValueError: bad\n", r.err());
    }

    @Test
    void sysExitCodes() throws Exception {
        assertEquals(3, gilpy(null, "-c", "import sys; sys.exit(3)").exit());
        Result msg = gilpy(null, "-c", "import sys; sys.exit('message')");
        assertEquals(1, msg.exit());
        assertEquals("message\n", msg.err());
        assertEquals(0, gilpy(null, "-c", "raise SystemExit").exit());
    }

    @Test
    void disOptionPrintsTheModulesBytecodeWithCheckPointsBeforeRunning() throws Exception {
        Result r = gilpy(null, "-X", "dis", "-c", "for i in range(2):\n    print(i)\n");
        assertEquals(0, r.exit());
        String out = r.out();
        assertTrue(out.contains("FOR_ITER"), out);
        assertTrue(out.contains("JUMP_BACKWARD") && out.contains("# GIL check point"), out);
        assertTrue(out.endsWith("0\n1\n"), "the program runs after its listing: " + out);
        assertFalse(gilpy(null, "-c", "print(1)").out().contains("RESUME"), "no listing without -X dis");
    }

    @Test
    void deepRecursionIsRecursionErrorNotAJavaStackTrace() throws Exception {
        Result r = gilpy(null, "-c", "def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
        assertTrue(r.err().contains("[Previous line repeated"), r.err());
        assertFalse(r.err().contains("\tat "), "a Java stack trace leaked: " + r.err());
    }
}
