package org.gilpy.bench;

import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.parser.Mode;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.gilpy.vm.ThreadState;

/**
 * A gilpy interpreter embedded in a benchmark: the thread that creates it is bound to it and holds
 * its GIL, as the main thread of a program does, until {@link #close()}. Python source given to
 * {@link #define} runs in the {@code __main__} module's namespace, whose functions the benchmarks then call.
 */
final class Embedded implements AutoCloseable {
    final Interpreter interp;
    private final ThreadState main;
    private final PyDict globals;

    Embedded() {
        interp = new Interpreter(InterpreterConfig.defaults());
        main = interp.newThreadState(Thread.currentThread());
        main.bind();
        interp.gil.acquire(main);
        // the namespace is the __main__ module, as a program's: multiprocessing's spawn looks for it
        PyModule mainModule = new PyModule("__main__");
        interp.modules.put("__main__", mainModule);
        globals = mainModule.getDict();
    }

    /** Runs source in the namespace (defining functions, starting threads). */
    Embedded define(String source) {
        interp.execCode(interp.compile(source, "<bench>", Mode.EXEC), globals, globals);
        return this;
    }

    /** A function (or any object) of the namespace. */
    PyObject function(String name) {
        return globals.get(name);
    }

    @Override
    public void close() {
        interp.gil.release(main, GIL.Reason.EXIT);
    }
}
