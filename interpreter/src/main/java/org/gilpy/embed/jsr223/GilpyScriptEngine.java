package org.gilpy.embed.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import org.gilpy.embed.Globals;
import org.gilpy.embed.PythonCode;
import org.gilpy.embed.PythonException;
import org.gilpy.embed.PythonInterpreter;
import org.gilpy.embed.PythonObject;

/**
 * The gilpy {@code ScriptEngine}: one interpreter, whose {@code __main__} globals are the engine
 * scope bindings. A script is an expression (eval returns its value) or statements (eval returns
 * null). Bindings made by {@link #createBindings()} are fresh module namespaces; other Bindings
 * are copied into a fresh namespace for the run and the names it defines copied back. Names of
 * the global scope that the engine scope lacks are visible too. Output goes to the context's
 * writers.
 */
public final class GilpyScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
    private final ScriptEngineFactory factory;
    private final PythonInterpreter interp;
    /** The context of the eval running on this thread; the engine's own elsewhere (threads a script started). */
    private final ThreadLocal<ScriptContext> running = new ThreadLocal<>();

    GilpyScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        interp = PythonInterpreter.builder()
                .stdout(ContextStreams.writer(() -> current().getWriter()))
                .stderr(ContextStreams.writer(() -> current().getErrorWriter()))
                .stdin(ContextStreams.reader(() -> current().getReader()))
                .build();
        context.setBindings(interp.globals(), ScriptContext.ENGINE_SCOPE);
    }

    private ScriptContext current() {
        ScriptContext c = running.get();
        return c != null ? c : context;
    }

    /** The interpreter underneath, for what javax.script does not offer. */
    public PythonInterpreter interpreter() {
        return interp;
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        return run(compileChecked(script), ctx);
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(readAll(reader), ctx);
    }

    @Override
    public Bindings createBindings() {
        return interp.newGlobals();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return new GilpyCompiledScript(this, compileChecked(script));
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    private PythonCode compileChecked(String script) throws ScriptException {
        try {
            return interp.compile(script, scriptName());
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    private String scriptName() {
        Object name = get(FILENAME);
        return name == null ? "<script>" : name.toString();
    }

    /** Runs code with ctx's bindings as its globals. */
    Object run(PythonCode code, ScriptContext ctx) throws ScriptException {
        ScriptContext outer = running.get();
        running.set(ctx);
        try {
            Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
            Bindings globalScope = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
            if (engineScope instanceof Globals g && g.interpreter() == interp) {
                addMissing(g, globalScope);
                return code.run(g);
            }
            Globals g = interp.newGlobals();
            addMissing(g, globalScope);
            g.putAll(engineScope);
            Object result = code.run(g);
            for (Map.Entry<String, Object> e : g.entrySet()) {
                if (!e.getKey().startsWith("__")) {
                    engineScope.put(e.getKey(), e.getValue());
                }
            }
            return result;
        } catch (PythonException e) {
            throw scriptException(e);
        } finally {
            running.set(outer);
        }
    }

    private static void addMissing(Globals g, Bindings from) {
        if (from == null) {
            return;
        }
        for (Map.Entry<String, Object> e : from.entrySet()) {
            if (!g.containsKey(e.getKey())) {
                g.put(e.getKey(), e.getValue());
            }
        }
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Object f = context.getBindings(ScriptContext.ENGINE_SCOPE).get(name);
        if (!(f instanceof PythonObject function)) {
            throw new NoSuchMethodException("no Python function named " + name);
        }
        try {
            return function.call(args);
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof PythonObject self)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        if (!self.hasAttr(name)) {
            throw new NoSuchMethodException("'" + self.typeName() + "' object has no method " + name);
        }
        try {
            return self.invoke(name, args);
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return InterfaceProxy.of(type, name -> context.getBindings(ScriptContext.ENGINE_SCOPE).get(name));
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (!(thiz instanceof PythonObject self)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        return InterfaceProxy.of(type, name -> self.hasAttr(name) ? self.getAttr(name) : null);
    }

    static ScriptException scriptException(PythonException e) {
        ScriptException se = e.fileName() == null ? new ScriptException(e.getMessage())
                : new ScriptException(e.getMessage(), e.fileName(), e.lineNumber());
        se.initCause(e);
        return se;
    }

    private static String readAll(Reader reader) throws ScriptException {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) >= 0;) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw (ScriptException) new ScriptException(e.toString()).initCause(e);
        }
    }

    /** Ends the interpreter (see {@link PythonInterpreter#close()}). */
    @Override
    public void close() {
        interp.close();
    }
}
