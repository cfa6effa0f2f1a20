package org.gilpy.embed.jsr223;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.gilpy.builtins.SysModule;

/**
 * gilpy for {@code javax.script}: found by {@code new ScriptEngineManager()} through
 * {@code META-INF/services}, under the names {@code gilpy} and {@code python} and the extension
 * {@code py}. Each engine is a separate interpreter with its own GIL.
 */
public final class GilpyScriptEngineFactory implements ScriptEngineFactory {
    private static final String VERSION = "0.1";
    private static final String LANGUAGE_VERSION = SysModule.MAJOR + "." + SysModule.MINOR + "." + SysModule.MICRO;

    @Override
    public String getEngineName() {
        return "gilpy";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "application/x-python");
    }

    @Override
    public List<String> getNames() {
        return List.of("gilpy", "python");
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "gilpy";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            // calls from several threads are safe (they take turns on the GIL) and share globals
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String method, String... args) {
        return obj + "." + method + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + pythonString(toDisplay) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return Stream.of(statements).collect(Collectors.joining("\n", "", "\n"));
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new GilpyScriptEngine(this);
    }

    /** A Python string literal for s. */
    private static String pythonString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
