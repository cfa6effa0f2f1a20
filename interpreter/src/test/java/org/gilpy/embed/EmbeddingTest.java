package org.gilpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedding API from one Java thread: running code, globals, calls, conversions, errors, limits. */
class EmbeddingTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PythonInterpreter py = PythonInterpreter.builder().stdout(out).stderr(err).build();

    @AfterEach
    void close() {
        py.close();
    }

    @Test
    void execDefinesGlobalsThatEvalAndGetSee() {
        py.exec("x = 6 * 7\nnames = [n for n in ('a', 'b')]");
        assertEquals(42, py.eval("x"));
        assertEquals(List.of("a", "b"), py.get("names"));
        assertNull(py.get("missing"));
        py.set("y", 8);
        assertEquals(50, py.eval("x + y"));
        assertEquals("__main__", py.eval("__name__"));
    }

    @Test
    void printGoesToTheWriterAndIsFlushedAtTheEndOfEachCall() {
        py.exec("print('héllo', 'wörld ✓')");
        assertEquals("héllo wörld ✓\n", out.toString());
        py.exec("import sys\nprint('oops', file=sys.stderr)");
        assertEquals("oops\n", err.toString());
    }

    @Test
    void inputReadsTheReader() {
        try (PythonInterpreter withInput = PythonInterpreter.builder().stdin(new StringReader("Zoë\nLovelace ✓\n"))
                .stdout(out).build()) {
            assertEquals(List.of("Zoë", "Lovelace ✓"), withInput.eval("[input(), input('> ')]"));
            assertEquals("> ", out.toString());
        }
    }

    @Test
    void javaValuesBecomePythonValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", List.of(1, 2L));
        Object[] values = {null, true, 7, 8L, new BigInteger("123456789012345678901234567890"), 2.5, 1.5f, "s", 'c',
                List.of(1, "two"), m, Set.of(3), new byte[] {1, 2}, (short) 4, (byte) 5};
        py.set("values", java.util.Arrays.asList(values));
        assertEquals("[None, True, 7, 8, 123456789012345678901234567890, 2.5, 1.5, 's', 'c', [1, 'two'], "
                + "{'k': [1, 2]}, {3}, b'\\x01\\x02', 4, 5]", py.eval("repr(values)"));
        assertEquals("NoneType bool int int int float float str str list dict set bytes int int",
                py.eval("' '.join(type(v).__name__ for v in values)"));
    }

    @Test
    void pythonValuesBecomeJavaValues() {
        assertNull(py.eval("None"));
        assertEquals(true, py.eval("1 < 2"));
        assertEquals(7, py.eval("7"));
        assertEquals(1L << 40, py.eval("2**40"));
        assertEquals(new BigInteger("2").pow(100), py.eval("2**100"));
        assertEquals(0.5, py.eval("1/2"));
        assertEquals("ab", py.eval("'a' + 'b'"));
        assertEquals(List.of(1, List.of(2, 3)), py.eval("[1, (2, 3)]"));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1);
        expected.put(2, null);
        assertEquals(expected, py.eval("{'b': 1, 2: None}"));
        assertEquals(List.of("b", 2), new ArrayList<>(((Map<?, ?>) py.eval("{'b': 1, 2: None}")).keySet()));
        assertEquals(Set.of(1, 2), py.eval("{1, 2}"));
        assertEquals("[104, 105]", java.util.Arrays.toString((byte[]) py.eval("b'hi'")));
    }

    @Test
    void evalConvertsToTheTypeAskedFor() {
        assertEquals(7L, py.eval("7", Long.class));
        assertEquals(7.0, py.eval("7", Double.class));
        assertEquals(new BigInteger("7"), py.eval("7", BigInteger.class));
        assertEquals(List.of("a"), py.eval("('a',)", List.class));
        ClassCastException e = assertThrows(ClassCastException.class, () -> py.eval("'x'", Integer.class));
        assertEquals("cannot convert a Python 'str' to java.lang.Integer", e.getMessage());
        assertThrows(ClassCastException.class, () -> py.eval("2**40", Integer.class));
    }

    @Test
    void callsAPythonFunctionWithJavaArguments() {
        py.exec("""
                def greet(name, times=1):
                    return ', '.join(['hello ' + name] * times)
                """);
        assertEquals("hello Ada", py.call("greet", "Ada"));
        assertEquals("hello Ada, hello Ada", py.call("greet", "Ada", 2));
        PythonObject greet = (PythonObject) py.get("greet");
        assertEquals("function", greet.typeName());
        assertEquals("hello Bob", greet.call("Bob"));
        assertEquals("hello Cy, hello Cy", greet.callWithKeywords(Map.of("times", 2), "Cy"));
        assertEquals("hello Di", greet.callWithKeywords(Map.of("name", "Di")));
        PythonException e = assertThrows(PythonException.class, () -> greet.callWithKeywords(Map.of("nope", 1), "x"));
        assertEquals("greet() got an unexpected keyword argument 'nope'", e.pythonMessage());
        assertThrows(IllegalArgumentException.class, () -> py.call("nope"));
    }

    @Test
    void pythonObjectsComeOutAsHandlesAndGoBackInAsThemselves() {
        py.exec("""
                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                    def norm1(self):
                        return abs(self.x) + abs(self.y)
                    def __str__(self):
                        return f'({self.x}, {self.y})'
                p = Point(3, -4)
                """);
        PythonObject p = (PythonObject) py.get("p");
        assertEquals(7, p.invoke("norm1"));
        assertEquals(3, p.getAttr("x"));
        p.setAttr("x", 10);
        assertEquals("(10, -4)", p.toString());
        assertTrue(p.hasAttr("norm1"));
        assertFalse(p.hasAttr("z"));
        py.set("q", p);
        assertEquals(true, py.eval("q is p"));
        assertEquals(p, py.get("q"));
        PythonObject cls = (PythonObject) py.get("Point");
        PythonObject made = (PythonObject) cls.call(1, 2);
        assertEquals(3, made.invoke("norm1"));
    }

    @Test
    void aHandleOfAnotherInterpreterIsRefused() {
        try (PythonInterpreter other = PythonInterpreter.create()) {
            Object foreign = other.eval("object()");
            assertThrows(IllegalArgumentException.class, () -> py.set("x", foreign));
        }
    }

    /** A Java object for the scripts below. */
    public static final class Counter {
        private long total;
        public final List<String> log = new ArrayList<>();

        public long add(long n) {
            total += n;
            return total;
        }

        public String add(String s) {
            log.add(s);
            return "logged " + s;
        }

        public void fail(String message) {
            throw new IllegalArgumentException(message);
        }

        public Object callBack(PythonObject f, Object arg) {
            return f.call(arg);
        }

        public List<String> log() {
            return log;
        }

        @Override
        public String toString() {
            return "Counter(" + total + ")";
        }
    }

    @Test
    void pythonCallsThePublicMethodsOfAJavaObject() {
        Counter c = new Counter();
        py.set("counter", c);
        py.exec("""
                counter.add(2)
                total = counter.add(40)
                r = counter.add('x')
                text = str(counter)
                kind = type(counter).__name__
                """);
        assertEquals(42L, c.total);
        assertEquals(42, py.get("total"));
        assertEquals("logged x", py.get("r"));
        assertEquals("Counter(42)", py.get("text"));
        assertEquals("java_object", py.get("kind"));
        assertEquals(List.of("x"), c.log);
        assertSame(c, py.get("counter"));
        assertEquals(List.of("x"), py.eval("counter.log()"));
    }

    @Test
    void javaObjectsThatMethodsReturnAreCallableTooThroughTheirPublicInterfaces() {
        py.set("sb", new StringBuilder("a"));
        py.set("view", java.util.Collections.unmodifiableCollection(List.of(1, 2, 3)));
        py.exec("""
                sb.append('b').append(1).append(2.5)
                text = sb.toString()
                size = view.size()
                has = view.contains(2)
                """);
        assertEquals("ab12.5", py.get("text"));
        assertEquals(3, py.get("size"));
        assertEquals(true, py.get("has"));
    }

    @Test
    void aJavaExceptionBecomesAPythonException() {
        py.set("counter", new Counter());
        py.exec("""
                try:
                    counter.fail('bad value')
                except ValueError as e:
                    caught = str(e)
                """);
        assertEquals("java.lang.IllegalArgumentException: bad value", py.get("caught"));
        PythonException e = assertThrows(PythonException.class, () -> py.exec("counter.add(1, 2)"));
        assertEquals("TypeError", e.type());
        assertEquals("no public method Counter.add() of 2 arguments takes (int, int)", e.pythonMessage());
        PythonException hidden = assertThrows(PythonException.class, () -> py.exec("counter.getClass()"));
        assertEquals("AttributeError", hidden.type());
    }

    @Test
    void aPythonExceptionPassingThroughJavaIsTheSameExceptionAgain() {
        py.set("counter", new Counter());
        py.exec("""
                class Oops(Exception):
                    pass
                def boom(x):
                    raise Oops(x)
                try:
                    counter.callBack(boom, 'deep')
                except Oops as e:
                    caught = repr(e)
                doubled = counter.callBack(lambda v: v * 2, 21)
                """);
        assertEquals("Oops('deep')", py.get("caught"));
        assertEquals(42, py.get("doubled"));
    }

    @Test
    void aPythonExceptionCarriesTypeMessageAndTheTracebackCPythonPrints() {
        PythonException e = assertThrows(PythonException.class, () -> py.exec("""
                def f(x):
                    return 1 / x
                f(0)
                """, "calc.py"));
        assertEquals("ZeroDivisionError", e.type());
        assertEquals("division by zero", e.pythonMessage());
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        assertEquals("""
                Traceback (most recent call last):
                  File "calc.py", line 3, in <module>
                    f(0)
                  File "calc.py", line 2, in f
                    return 1 / x
                           ~~^~~
                ZeroDivisionError: division by zero
                """, e.traceback());
        assertEquals("calc.py", e.fileName());
        assertEquals(2, e.lineNumber());
        assertTrue(e.isInstance("ArithmeticError"));
        assertFalse(e.isInstance("LookupError"));
    }

    @Test
    void syntaxErrorsAreReportedAsCPythonReportsThem() {
        PythonException e = assertThrows(PythonException.class, () -> py.exec("x = (1,\n", "bad.py"));
        assertEquals("SyntaxError", e.type());
        assertEquals("bad.py", e.fileName());
        assertEquals(1, e.lineNumber());
        PythonException stmt = assertThrows(PythonException.class, () -> py.eval("x = 1"));
        assertEquals("SyntaxError", stmt.type());
        assertEquals("invalid syntax (<string>, line 1)", stmt.pythonMessage());
    }

    @Test
    void systemExitAndUserExceptionsAreNamedAsTheTracebackNamesThem() {
        PythonException exit = assertThrows(PythonException.class, () -> py.exec("raise SystemExit(3)"));
        assertEquals("SystemExit", exit.type());
        assertEquals("3", exit.pythonMessage());
        PythonException custom = assertThrows(PythonException.class, () -> py.exec("""
                class AppError(Exception):
                    pass
                raise AppError
                """));
        assertEquals("AppError", custom.type());
        assertEquals("AppError", custom.getMessage());
    }

    @Test
    void theBuilderSetsArgvPathAndRecursionLimit() {
        try (PythonInterpreter custom = PythonInterpreter.builder().argv("prog", "-v").path("/nowhere")
                .recursionLimit(50).switchInterval(java.time.Duration.ofMillis(2)).build()) {
            assertEquals(0.002, custom.eval("__import__('sys').getswitchinterval()"));
            assertEquals(List.of("prog", "-v"), custom.eval("__import__('sys').argv"));
            assertEquals(List.of("/nowhere"), custom.eval("__import__('sys').path"));
            custom.exec("def down(n):\n    return down(n + 1)");
            PythonException e = assertThrows(PythonException.class, () -> custom.call("down", 0));
            assertEquals("RecursionError", e.type());
        }
        assertEquals(List.of(""), py.eval("__import__('sys').argv"));
    }

    @Test
    void deniedModulesRaiseImportErrorAndDeniedOpenRaisesPermissionError() {
        try (PythonInterpreter sandbox = PythonInterpreter.builder().denySystemAccess().denyModules("json").build()) {
            for (String module : List.of("os", "os.path", "subprocess", "json")) {
                PythonException e = assertThrows(PythonException.class, () -> sandbox.exec("import " + module));
                assertEquals("ImportError", e.type(), module);
                String top = module.split("\\.")[0];
                assertEquals("import of '" + top + "' is not allowed in this interpreter", e.pythonMessage());
            }
            PythonException open = assertThrows(PythonException.class, () -> sandbox.exec("open('/etc/passwd')"));
            assertEquals("PermissionError", open.type());
            sandbox.exec("""
                    try:
                        import os
                    except ImportError as e:
                        name = e.name
                    """);
            assertEquals("os", sandbox.get("name"));
            assertEquals(3, sandbox.eval("len([1, 2, 3])"));
        }
    }

    @Test
    void compiledCodeRunsManyTimesInAnyNamespace() {
        PythonCode square = py.compile("n * n", "<square>");
        assertTrue(square.isExpression());
        py.set("n", 4);
        assertEquals(16, square.run());
        Globals other = py.newGlobals();
        other.put("n", 5);
        assertEquals(25, square.run(other));
        PythonCode stmts = py.compile("m = n + 1", "<stmts>");
        assertFalse(stmts.isExpression());
        assertNull(stmts.run(other));
        assertEquals(6, other.get("m"));
        assertNull(py.get("m"));
    }

    @Test
    void globalsIsALiveMap() {
        Globals g = py.globals();
        g.put("a", 1);
        py.exec("b = a + 1");
        assertEquals(2, g.get("b"));
        assertTrue(g.containsKey("b"));
        assertEquals(2, g.remove("b"));
        assertFalse(g.containsKey("b"));
        assertTrue(g.keySet().containsAll(List.of("__name__", "__builtins__", "a")));
        g.entrySet().removeIf(e -> e.getKey().equals("a"));
        PythonException e = assertThrows(PythonException.class, () -> py.exec("a"));
        assertEquals("NameError", e.type());
    }

    @Test
    void callsAfterCloseAreRefused() {
        py.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> py.exec("pass"));
        assertEquals("the interpreter is closed", e.getMessage());
        py.close();
    }
}
