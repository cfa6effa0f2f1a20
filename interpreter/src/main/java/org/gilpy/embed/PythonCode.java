package org.gilpy.embed;

import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.parser.Mode;

/**
 * Source compiled once by {@link PythonInterpreter#compile}, to run many times: an expression,
 * whose value {@link #run()} returns, or statements, for which it returns null.
 */
public final class PythonCode {
    private final PythonInterpreter owner;
    private final PyCode code;
    private final boolean expression;

    private PythonCode(PythonInterpreter owner, PyCode code, boolean expression) {
        this.owner = owner;
        this.code = code;
        this.expression = expression;
    }

    /** Compiles source as an expression if it is one, else as statements (whose syntax error is reported). */
    static PythonCode compile(PythonInterpreter owner, String source, String filename) {
        try {
            return new PythonCode(owner, owner.vm().compile(source, filename, Mode.EVAL), true);
        } catch (PyException e) {
            if (!e.matches(PyExc.SyntaxError)) {
                throw e;
            }
            return new PythonCode(owner, owner.vm().compile(source, filename, Mode.EXEC), false);
        }
    }

    /** Whether the source is an expression. */
    public boolean isExpression() {
        return expression;
    }

    /** Runs in {@code __main__}. */
    public Object run() {
        return run(owner.globals());
    }

    /** Runs with globals as the module namespace; the value of an expression, or null. */
    public Object run(Globals globals) {
        if (globals.owner != owner) {
            throw new IllegalArgumentException("the globals belong to another interpreter");
        }
        return owner.enter(conv -> {
            Object v = conv.toJava(owner.vm().execCode(code, globals.dict, globals.dict));
            return expression ? v : null;
        });
    }
}
