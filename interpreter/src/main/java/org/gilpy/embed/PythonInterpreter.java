package org.gilpy.embed;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.parser.Mode;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.gilpy.vm.ThreadState;

/**
 * A Python interpreter embedded in a Java program: run code in its {@code __main__} module, read
 * and write its globals, call Python functions with Java arguments. Values cross as
 * {@link Conversions} describes; a Python exception reaches Java as a {@link PythonException}.
 *
 * <p>Any number of Java threads may use one interpreter at once: each call takes the
 * interpreter's GIL as a Python thread would, so they take turns, switching at the same check
 * points. Interpreters are independent, each with its own GIL, modules and threads, and run in
 * parallel with each other. {@link #interrupt()} (from any thread) and the builder's timeout stop
 * running calls with KeyboardInterrupt; {@link #close()} stops everything the interpreter runs.
 */
public final class PythonInterpreter implements AutoCloseable {
    /**
     * Modules that reach the operating system (files, processes, the network), and {@code open}:
     * deny them all with {@link Builder#denySystemAccess()}. Modules that import one of them
     * internally (e.g. {@code contextlib}, {@code argparse}) become unavailable with it. {@code io}
     * stays: its {@code open} is the builtin one, denied with it.
     */
    public static final Set<String> SYSTEM_MODULES = Set.of("os", "posix", "posixpath", "shutil", "subprocess",
            "socket", "signal", "tempfile", "pathlib", "glob", "multiprocessing", "ctypes", "open");

    private final Interpreter interp;
    private final GilState gilState;
    private final Conversions conversions = new Conversions(this);
    private final Globals globals;

    private PythonInterpreter(InterpreterConfig config, Duration timeout) {
        interp = new Interpreter(config);
        gilState = new GilState(interp, timeout);
        globals = new Globals(this, enter(conv -> interp.createMainModule("<string>").getDict()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An interpreter with the defaults: the process's standard streams, every module allowed, no timeout. */
    public static PythonInterpreter create() {
        return builder().build();
    }

    /** Runs statements in {@code __main__}; filename appears in tracebacks. */
    public void exec(String source, String filename) {
        enter(conv -> interp.execCode(interp.compile(source, filename, Mode.EXEC), globals.dict, globals.dict));
    }

    public void exec(String source) {
        exec(source, "<string>");
    }

    /** Evaluates an expression in {@code __main__}'s globals and converts its value. */
    public Object eval(String expression) {
        return enter(conv -> conv.toJava(evalHere(expression)));
    }

    /** Evaluates an expression as an instance of type: {@code eval("2**40", Long.class)}. */
    public <T> T eval(String expression, Class<T> type) {
        return enter(conv -> conv.toJava(evalHere(expression), type));
    }

    private PyObject evalHere(String expression) {
        return interp.execCode(interp.compile(expression, "<string>", Mode.EVAL), globals.dict, globals.dict);
    }

    /**
     * Compiles source once to run many times: an expression (whose value {@link PythonCode#run()}
     * returns) if it is one, statements otherwise.
     */
    public PythonCode compile(String source, String filename) {
        return enter(conv -> PythonCode.compile(this, source, filename));
    }

    /** A global of {@code __main__}, converted; null if there is none (or it is None). */
    public Object get(String name) {
        return globals.get(name);
    }

    public <T> T get(String name, Class<T> type) {
        return enter(conv -> {
            PyObject v = globals.dict.getItem(PyStr.of(name));
            return v == null ? null : conv.toJava(v, type);
        });
    }

    /** Sets a global of {@code __main__} to value, converted. */
    public void set(String name, Object value) {
        globals.put(name, value);
    }

    /** {@code __main__}'s globals as a live map (the JSR-223 engine's bindings). */
    public Globals globals() {
        return globals;
    }

    /** A fresh, empty module namespace, for running code apart from {@code __main__}. */
    public Globals newGlobals() {
        return new Globals(this, enter(conv -> {
            PyDict d = new PyModule("__gilpy_namespace__").getDict();
            d.setItem(PyStr.of("__builtins__"), interp.builtinsModule);
            return d;
        }));
    }

    /** Calls the global function (or any callable) name with args converted, and converts the result. */
    public Object call(String function, Object... args) {
        return enter(conv -> {
            PyObject f = globals.dict.getItem(PyStr.of(function));
            if (f == null) {
                throw new IllegalArgumentException("no global named '" + function + "'");
            }
            return conv.toJava(Abstract.call(f, conv.toPython(args)));
        });
    }

    /**
     * Runs work without the GIL, as a C extension does between {@code Py_BEGIN_ALLOW_THREADS}
     * and {@code Py_END_ALLOW_THREADS}: for a Java method called from Python that waits or
     * computes at length, so that other threads run Python meanwhile (and a wait for another
     * thread that calls into this interpreter does not deadlock). work must not touch Python
     * objects. Called from any other thread, it just runs work.
     */
    public <T> T releasingGil(Supplier<T> work) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || ts.interp != interp || !interp.gil.isHeldBy(ts)) {
            return work.get();
        }
        interp.gil.release(ts, GIL.Reason.IO);
        try {
            return work.get();
        } finally {
            interp.gil.acquire(ts);
        }
    }

    /**
     * Raises KeyboardInterrupt in every call from Java running now (not in threads the script
     * started), at its next check point, or at once if it waits (sleep, lock, queue, I/O).
     */
    public void interrupt() {
        gilState.interruptAll();
    }

    /**
     * How many times the GIL has passed from one thread to another so far. A hook for tests of
     * threaded code ("at most N switches").
     */
    public long gilSwitchCount() {
        return interp.gil.switchNumber();
    }

    /**
     * The GIL statistics so far, the figures {@code -X gil_stats} prints: per thread, the time
     * holding, waiting for and blocked outside the GIL, acquisitions, switches, drop requests.
     */
    public org.gilpy.vm.GilStats gilStats() {
        return interp.gilStats();
    }

    /**
     * Ends the interpreter: every thread it runs (daemon or not, and calls from other Java threads)
     * stops at its next check point or at once if blocked; then atexit handlers run and output is
     * flushed. Calls afterwards throw IllegalStateException. Never from the interpreter's own code.
     */
    @Override
    public void close() {
        interp.close();
        interp.reportGil();
    }

    /** The VM interpreter underneath. */
    Interpreter vm() {
        return interp;
    }

    /** Runs body in this interpreter from the calling Java thread, holding the GIL. */
    <T> T enter(Function<Conversions, T> body) {
        return gilState.call(() -> body.apply(conversions));
    }

    /** The Python object a handle holds, if the handle belongs to this interpreter. */
    PyObject unwrap(PythonObject handle) {
        if (handle.interpreter() != this) {
            throw new IllegalArgumentException("a Python object of another interpreter cannot be passed to this one");
        }
        return handle.value;
    }

    /** How an interpreter is set up; every setting is optional. */
    public static final class Builder {
        private final InterpreterConfig config = InterpreterConfig.defaults().argv(List.of(""));
        private final Set<String> denied = new HashSet<>();
        private final List<String> xoptions = new java.util.ArrayList<>();
        private Duration timeout;

        private Builder() {}

        /** How long a thread runs before a waiting one asks for the GIL ({@code sys.setswitchinterval}); 5 ms by default. */
        public Builder switchInterval(Duration interval) {
            config.switchInterval(interval.toNanos() / 1e9);
            return this;
        }

        /** {@code sys.setrecursionlimit}; 1000 by default. */
        public Builder recursionLimit(int limit) {
            config.recursionLimit(limit);
            return this;
        }

        /** {@code sys.argv}; {@code ['']} by default, as CPython's embedding API has it. */
        public Builder argv(String... argv) {
            config.argv(List.of(argv));
            return this;
        }

        /** {@code sys.path}: directories searched for modules (the standard library is always found). */
        public Builder path(String... dirs) {
            config.path(List.of(dirs));
            return this;
        }

        /** The directory relative paths are resolved against; the JVM's by default. */
        public Builder cwd(Path dir) {
            config.cwd(dir);
            return this;
        }

        /** {@code sys.stdout} (UTF-8); flushed at the end of every call from Java. */
        public Builder stdout(OutputStream out) {
            config.stdout(out);
            return this;
        }

        public Builder stdout(Writer out) {
            return stdout(new WriterOutputStream(out));
        }

        public Builder stderr(OutputStream err) {
            config.stderr(err);
            return this;
        }

        public Builder stderr(Writer err) {
            return stderr(new WriterOutputStream(err));
        }

        /** {@code sys.stdin} (UTF-8). */
        public Builder stdin(InputStream in) {
            config.stdin(in);
            return this;
        }

        public Builder stdin(Reader in) {
            return stdin(new ReaderInputStream(in));
        }

        /**
         * Modules a script may not import: {@code import os} raises ImportError. The name
         * {@code "open"} denies the builtin {@code open()} (PermissionError).
         */
        public Builder denyModules(String... modules) {
            denied.addAll(List.of(modules));
            return this;
        }

        /** {@code open()} raises PermissionError. */
        /**
         * Records every GIL event into a Chrome trace ({@code -X gil_trace=FILE}), written when
         * the interpreter is closed.
         */
        public Builder gilTrace(Path json) {
            xoptions.add("gil_trace=" + json);
            return this;
        }

        public Builder denyOpen() {
            return denyModules("open");
        }

        /** Denies {@link #SYSTEM_MODULES}: no files, processes or network for untrusted code. */
        public Builder denySystemAccess() {
            denied.addAll(SYSTEM_MODULES);
            return this;
        }

        /**
         * Stops a call from Java that runs longer than timeout with KeyboardInterrupt (its message
         * says it timed out), as {@link #interrupt()} does; none by default.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public PythonInterpreter build() {
            config.deniedModules(denied).xoptions(xoptions);
            return new PythonInterpreter(config, timeout);
        }
    }
}
