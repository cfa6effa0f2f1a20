package example;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

public class ScriptEngineExample {
    public static void main(String[] args) throws ScriptException, NoSuchMethodException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("gilpy");
        engine.put("name", "JSR-223");
        engine.eval("def greet(who):\n    return 'hello ' + who");
        System.out.println(((Invocable) engine).invokeFunction("greet", engine.get("name")));
        System.out.println(engine.eval("sum(range(10))"));
    }
}
