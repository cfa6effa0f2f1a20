package org.gilpy.embed.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.gilpy.embed.PythonCode;

/** A script compiled once by {@link GilpyScriptEngine#compile}, run in any context of its engine. */
final class GilpyCompiledScript extends CompiledScript {
    private final GilpyScriptEngine engine;
    private final PythonCode code;

    GilpyCompiledScript(GilpyScriptEngine engine, PythonCode code) {
        this.engine = engine;
        this.code = code;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(code, context);
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
