package org.gilpy.embed.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.gilpy.embed.PythonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** gilpy through javax.script, found by ScriptEngineManager as any engine would be. */
class Jsr223Test {
    private final ScriptEngineManager manager = new ScriptEngineManager();
    private final ScriptEngine engine = manager.getEngineByName("gilpy");

    @AfterEach
    void close() {
        ((GilpyScriptEngine) engine).close();
    }

    @Test
    void theManagerFindsTheEngineByNameExtensionAndMimeType() {
        assertNotNull(engine);
        assertInstanceOf(GilpyScriptEngine.class, manager.getEngineByName("python"));
        assertInstanceOf(GilpyScriptEngine.class, manager.getEngineByExtension("py"));
        assertInstanceOf(GilpyScriptEngine.class, manager.getEngineByMimeType("text/x-python"));
        ScriptEngineFactory f = engine.getFactory();
        assertEquals("gilpy", f.getEngineName());
        assertEquals("python", f.getLanguageName());
        assertEquals("3.11.7", f.getLanguageVersion());
        assertEquals(List.of("gilpy", "python"), f.getNames());
        assertEquals("MULTITHREADED", f.getParameter("THREADING"));
        assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
        assertEquals("print('it\\'s')", f.getOutputStatement("it's"));
    }

    @Test
    void evalReturnsAnExpressionsValueAndNullForStatements() throws ScriptException {
        assertEquals(6, engine.eval("2 * 3"));
        assertNull(engine.eval("x = 2 * 3"));
        assertEquals(6, engine.get("x"));
        engine.put("y", 4);
        assertEquals(10, engine.eval("x + y"));
        assertEquals(List.of(1, 2), engine.eval(new StringReader("[1, 2]")));
    }

    @Test
    void outputGoesToTheContextsWriters() throws ScriptException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.getContext().setWriter(out);
        engine.getContext().setErrorWriter(err);
        engine.eval("import sys\nprint('to out')\nprint('to err', file=sys.stderr)");
        assertEquals("to out\n", out.toString());
        assertEquals("to err\n", err.toString());
        SimpleScriptContext other = new SimpleScriptContext();
        StringWriter otherOut = new StringWriter();
        other.setWriter(otherOut);
        other.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        engine.eval("print('elsewhere')", other);
        assertEquals("elsewhere\n", otherOut.toString());
        assertEquals("to out\n", out.toString());
    }

    @Test
    void bindingsAreModuleGlobals() throws ScriptException {
        Bindings fresh = engine.createBindings();
        fresh.put("n", 5);
        assertEquals(25, engine.eval("n * n", fresh));
        engine.eval("def f():\n    return n + 1", fresh);
        assertEquals(6, engine.eval("f()", fresh));
        assertNull(engine.get("f"), "the engine's own globals are apart");
        assertTrue(fresh.containsKey("__builtins__"));
    }

    @Test
    void foreignBindingsAreCopiedInAndTheNamesDefinedCopiedBack() throws ScriptException {
        SimpleBindings plain = new SimpleBindings();
        plain.put("a", 2);
        assertNull(engine.eval("b = a * 21\nc = [a]", plain));
        assertEquals(42, plain.get("b"));
        assertEquals(List.of(2), plain.get("c"));
        assertTrue(plain.keySet().stream().noneMatch(k -> k.startsWith("__")));
    }

    @Test
    void theGlobalScopeIsVisibleWhereTheEngineScopeHasNoSuchName() throws ScriptException {
        manager.put("shared", "from the manager");
        ScriptEngine withGlobal = manager.getEngineByName("gilpy");
        try {
            assertEquals("from the manager!", withGlobal.eval("shared + '!'"));
        } finally {
            ((GilpyScriptEngine) withGlobal).close();
        }
    }

    @Test
    void invocableCallsFunctionsAndMethods() throws Exception {
        engine.eval("""
                def add(a, b):
                    return a + b
                class Greeter:
                    def greet(self, who):
                        return 'hello ' + who
                greeter = Greeter()
                """);
        Invocable inv = (Invocable) engine;
        assertEquals(5, inv.invokeFunction("add", 2, 3));
        Object greeter = engine.get("greeter");
        assertEquals("hello Ada", inv.invokeMethod(greeter, "greet", "Ada"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(greeter, "nope"));
    }

    /** Implemented by Python functions below. */
    public interface Calculator {
        long add(long a, long b);

        double half(double x);
    }

    /** Implemented by a Python object below. */
    public interface Greeting {
        String greet(String who);
    }

    @Test
    void invocableImplementsJavaInterfaces() throws Exception {
        engine.eval("""
                def add(a, b):
                    return a + b
                def half(x):
                    return x / 2
                class Greeter:
                    def greet(self, who):
                        return 'hi ' + who
                greeter = Greeter()
                """);
        Invocable inv = (Invocable) engine;
        Calculator calc = inv.getInterface(Calculator.class);
        assertEquals(5L, calc.add(2, 3));
        assertEquals(1.5, calc.half(3));
        Greeting g = inv.getInterface(engine.get("greeter"), Greeting.class);
        assertEquals("hi Bob", g.greet("Bob"));
        assertNull(inv.getInterface(Runnable.class), "no function named run");
    }

    @Test
    void compiledScriptsRunManyTimes() throws ScriptException {
        CompiledScript square = ((Compilable) engine).compile("n * n");
        engine.put("n", 3);
        assertEquals(9, square.eval());
        Bindings b = engine.createBindings();
        b.put("n", 7);
        assertEquals(49, square.eval(b));
        assertEquals(engine, square.getEngine());
    }

    @Test
    void aPythonErrorIsAScriptExceptionCausedByThePythonException() {
        engine.put(ScriptEngine.FILENAME, "script.py");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("x = 1\n{}['k']"));
        assertEquals("script.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        PythonException cause = assertInstanceOf(PythonException.class, e.getCause());
        assertEquals("KeyError", cause.type());
        assertEquals("'k'", cause.pythonMessage());
        ScriptException syntax = assertThrows(ScriptException.class, () -> engine.eval("def f(:"));
        assertEquals("SyntaxError", ((PythonException) syntax.getCause()).type());
    }

    @Test
    void eachEngineIsItsOwnInterpreter() throws ScriptException {
        ScriptEngine second = manager.getEngineByName("gilpy");
        try {
            assertNotSame(engine, second);
            engine.eval("only_here = 1");
            assertNull(second.get("only_here"));
        } finally {
            ((GilpyScriptEngine) second).close();
        }
    }
}
