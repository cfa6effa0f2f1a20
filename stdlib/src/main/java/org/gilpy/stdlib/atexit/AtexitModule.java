package org.gilpy.stdlib.atexit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilpy.builtins.TracebackPrinter;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code atexit} module: handlers run most recent first when the main program ends (also
 * after sys.exit), through one exit hook of the interpreter. A handler that raises, SystemExit
 * included, is reported as CPython reports it and the others still run.
 */
public final class AtexitModule implements ModuleDef {
    @Override
    public String name() {
        return "atexit";
    }

    /** A registered call: the function and the arguments it will get. */
    private record Handler(PyObject func, PyObject[] args, String[] kwnames) {}

    @Override
    public PyModule create(Interpreter interp) {
        List<Handler> handlers = new ArrayList<>();
        PyModule m = new PyModule("atexit");
        m.function("register", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw PyExc.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!Abstract.isCallable(args[0])) {
                throw PyExc.typeError("the first argument must be callable");
            }
            synchronized (handlers) {
                handlers.add(new Handler(args[0], Arrays.copyOfRange(args, 1, args.length), kw));
            }
            return args[0];
        });
        m.function("unregister", Builtin.of("unregister", (self, func) -> {
            synchronized (handlers) {
                handlers.removeIf(h -> h.func == func || Abstract.eqBool(h.func, func));
            }
            return PyNone.NONE;
        }));
        m.function("_run_exitfuncs", Builtin.of("_run_exitfuncs", self -> {
            runAll(interp, handlers);
            return PyNone.NONE;
        }));
        m.function("_clear", Builtin.of("_clear", self -> {
            synchronized (handlers) {
                handlers.clear();
            }
            return PyNone.NONE;
        }));
        m.function("_ncallbacks", Builtin.of("_ncallbacks", self -> {
            synchronized (handlers) {
                return PyInt.of(handlers.size());
            }
        }));
        interp.addExitHook(() -> runAll(interp, handlers));
        return m;
    }

    /** Runs and removes every handler, last registered first. */
    private static void runAll(Interpreter interp, List<Handler> handlers) {
        while (true) {
            Handler h;
            synchronized (handlers) {
                if (handlers.isEmpty()) {
                    return;
                }
                h = handlers.remove(handlers.size() - 1);
            }
            try {
                Abstract.callKw(h.func, h.args, h.kwnames);
            } catch (RuntimeException e) {
                PyException pe = interp.asPyException(e);
                interp.stdout.flushQuietly();
                interp.stderr.write("Exception ignored in atexit callback: " + Abstract.repr(h.func).value + "\n");
                TracebackPrinter.print(interp, pe.value, interp.stderr);
                interp.stderr.flushQuietly();
            }
        }
    }
}
