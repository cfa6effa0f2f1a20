package org.gilpy.vm;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilpy.builtins.BuiltinsModule;
import org.gilpy.builtins.PyFile;
import org.gilpy.builtins.SysModule;
import org.gilpy.builtins.TracebackPrinter;
import org.gilpy.bytecode.PyCode;
import org.gilpy.compiler.Compiler;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;
import org.gilpy.parser.PySyntaxError;

/**
 * One Python interpreter ({@code PyInterpreterState}): its modules, builtins, import system and
 * eval breaker. Each interpreter is independent; several can live in one JVM.
 */
public final class Interpreter {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long JVM_PID = ProcessHandle.current().pid();
    private static final long JVM_PPID = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);

    public final int id = IDS.incrementAndGet();
    /**
     * The process ids this interpreter shows (os.getpid, os.getppid, GIL traces): the first
     * interpreter of the JVM has the JVM's own, later ones a pid unique in the JVM and never the
     * JVM's, unless a launcher assigns others.
     */
    private volatile long pid = id == 1 ? JVM_PID : JVM_PID * 1000 + id;
    private volatile long ppid = JVM_PPID;
    public final InterpreterConfig config;
    /** sys.modules. */
    public final PyDict modules = new PyDict();
    public final PyModule builtinsModule;
    public final PyDict builtins;
    public final PyModule sys;
    public final Importer importer;
    /** Source text by file name, for traceback lines. */
    public final Map<String, String> linecache = new ConcurrentHashMap<>();
    public int recursionLimit;
    /**
     * The eval breaker: set when a check point has work to do (a pending interrupt, a GIL drop
     * request). Read once per check point; nothing else is read there on the fast path.
     */
    public volatile boolean evalBreaker;
    private volatile PyException pendingInterrupt;
    public final GIL gil;
    /** The trace and timeline files this interpreter records into (-X gil_trace, -X gil_timeline). */
    private final java.util.List<GilTrace> gilOutputs;
    public final PyFile stdout;
    public final PyFile stderr;
    public final PyFile stdin;

    public Interpreter(InterpreterConfig config) {
        this.config = config;
        this.recursionLimit = config.recursionLimit;
        this.importer = new Importer(this);
        this.gilOutputs = GilTrace.openAll(this);
        this.gil = new GIL(this, config.switchInterval, !gilOutputs.isEmpty());
        this.stdout = PyFile.forOutput("<stdout>", config.stdout, !config.unbuffered);
        this.stderr = PyFile.forOutput("<stderr>", config.stderr, false);
        this.stdin = PyFile.forInput("<stdin>", config.stdin);
        this.builtinsModule = BuiltinsModule.create(this);
        this.builtins = builtinsModule.getDict();
        this.sys = SysModule.create(this);
        modules.setItem(PyStr.intern("builtins"), builtinsModule);
        modules.setItem(PyStr.intern("sys"), sys);
    }

    public long pid() {
        return pid;
    }

    public long ppid() {
        return ppid;
    }

    /** Gives this interpreter the ids of a child process (multiprocessing's launcher). */
    public void assignPids(long pid, long ppid) {
        this.pid = pid;
        this.ppid = ppid;
    }

    /** The GIL statistics of every thread this interpreter has had, as of now. */
    public GilStats gilStats() {
        return gil.stats();
    }

    /** The builtins a function with these globals sees. */
    public PyDict builtinsFor(PyDict globals) {
        PyObject b = globals.getItem(Names.__builtins__);
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return builtins;
    }

    /** Runs a code object with the given namespaces in the calling thread. */
    public PyObject execCode(PyCode code, PyDict globals, PyDict locals) {
        if (globals.getItem(Names.__builtins__) == null) {
            globals.setItem(Names.__builtins__, builtinsModule);
        }
        Frame f = new Frame(code, globals, builtinsFor(globals), locals, null);
        return Eval.run(ThreadState.current(), f, null);
    }

    /** Parses and compiles source, turning a syntax error into the Python exception. */
    public PyCode compile(String source, String filename, Mode mode) {
        if (!filename.startsWith("<")) {
            // as CPython: a traceback shows no source line for "<string>", "<stdin>" and the like
            linecache.put(filename, source);
        }
        try {
            return Compiler.compile(Parser.parse(source, filename, mode), filename, source);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    public PyException syntaxError(PySyntaxError e) {
        PyObject type = builtins.get(e.kind);
        PyObject[] info = {
            PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset),
            e.text == null ? PyNone.NONE : PyStr.of(e.text),
            e.endLineno == 0 ? PyNone.NONE : PyInt.of(e.endLineno),
            e.endOffset == 0 ? PyNone.NONE : PyInt.of(e.endOffset)
        };
        PyBaseException exc = PyExc.instance(type == null ? PyExc.SyntaxError : (org.gilpy.objects.PyType) type,
                PyStr.of(e.msg), org.gilpy.objects.PyTuple.of(info));
        return exc.toThrowable();
    }

    /**
     * Any failure as a Python exception: syntax errors become SyntaxError, a Java error inside
     * gilpy becomes SystemError (never a Java stack trace for the user).
     */
    public PyException asPyException(Throwable e) {
        if (e instanceof PyException pe) {
            return pe;
        }
        if (e instanceof PySyntaxError se) {
            return syntaxError(se);
        }
        return Raise.fromJava(e);
    }

    void checkImportAllowed(String name) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (config.deniedModules.contains(top) || config.deniedModules.contains(name)) {
            PyException e = PyExc.raise(PyExc.ImportError, "import of '%s' is not allowed in this interpreter", name);
            e.value.setAttr("name", PyStr.of(name));
            throw e;
        }
    }

    /** A path as the script means it: relative paths are relative to the interpreter's cwd. */
    public java.nio.file.Path resolvePath(String name) {
        return config.cwd.resolve(name);
    }

    /** open() in an interpreter configured without file access raises PermissionError. */
    public void checkOpenAllowed(String name) {
        if (config.deniedModules.contains("open")) {
            throw PyExc.osError(PyExc.PermissionError, 13, "Permission denied (open() is disabled in this interpreter)",
                    name);
        }
    }

    /** Called at a check point when the eval breaker is set: hand over the GIL, deliver an interrupt. */
    void handleEvalBreaker(ThreadState ts) {
        if (killedBy != 0) {
            throw new InterpreterExit();
        }
        if (gil.dropRequested()) {
            gil.yieldToWaiter(ts);
        }
        deliverInterrupt(ts);
    }

    /**
     * Raises the pending KeyboardInterrupt if ts is the main thread (a check point, or a blocking
     * call that was woken by it). The Java interrupt that woke a blocked main thread is consumed
     * with it, so it cannot cut short a later wait.
     */
    void deliverInterrupt(ThreadState ts) {
        PyException interrupt = pendingInterrupt;
        if (interrupt != null && ts.thread == mainThread) {
            pendingInterrupt = null;
            recomputeEvalBreaker();
            Thread.interrupted();
            throw interrupt;
        }
    }

    /** The eval breaker is the OR of everything a check point must look at. */
    void recomputeEvalBreaker() {
        evalBreaker = gil.dropRequested() || pendingInterrupt != null || killedBy != 0;
    }

    /** The signal that ended this interpreter's process (terminate, kill), or 0 while it lives. */
    private volatile int killedBy;

    /**
     * Ends this interpreter's process as a signal would, without running any more Python code in
     * it: every thread unwinds at its next check point, or at once if it is blocked.
     */
    public void kill(int signal) {
        if (killedBy != 0) {
            return;
        }
        killedBy = signal;
        recomputeEvalBreaker();
        synchronized (threads) {
            for (Thread t : threads.keySet()) {
                t.interrupt();
            }
        }
    }

    public int killedBy() {
        return killedBy;
    }

    /** The Java threads that run or ran this interpreter's Python threads (dead ones drop out). */
    private final Map<Thread, Boolean> threads = new java.util.WeakHashMap<>();

    void registerThread(Thread t) {
        synchronized (threads) {
            threads.put(t, Boolean.TRUE);
        }
    }

    private volatile Thread mainThread;
    /** Set when the main program and its exit hooks are done: daemon threads may not run any more. */
    private volatile boolean finalizing;

    /** Whether ts must end rather than take the GIL: the program is over and ts is not its main thread. */
    boolean mustExit(ThreadState ts) {
        return killedBy != 0 || finalizing && ts.thread != mainThread;
    }

    /**
     * Raises KeyboardInterrupt in the main thread at its next check point (Ctrl-C, interrupt()).
     * A main thread blocked in a wait (sleep, join, lock, I/O) is woken with a Java interrupt
     * and raises it there, as a signal interrupts a blocking call in CPython.
     */
    public void interrupt() {
        pendingInterrupt = new PyException(new PyBaseException(PyExc.KeyboardInterrupt, org.gilpy.objects.PyTuple.EMPTY));
        recomputeEvalBreaker();
        Thread main = mainThread;
        if (main != null) {
            main.interrupt();
        }
    }

    /** PRINT_EXPR: the REPL's echo of an expression statement's value. */
    void displayHook(PyObject v) {
        if (v == PyNone.NONE) {
            return;
        }
        builtins.setItem(PyStr.intern("_"), PyNone.NONE);
        stdout.write(Abstract.repr(v).value + "\n");
        builtins.setItem(PyStr.intern("_"), v);
    }

    /**
     * Runs source as the {@code __main__} module, as {@code python file.py} does, on a thread with
     * a deep stack. Returns the process exit code; tracebacks go to stderr.
     */
    public int runMain(String source, String filename) {
        int[] exit = new int[1];
        Thread t = new Thread(null, () -> exit[0] = runMainHere(source, filename), "MainThread", 1L << 30);
        mainThread = t;
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupt();
            }
        }
        reportGil();
        return exit[0];
    }

    /**
     * At exit: the -X gil_stats table on stderr, and this interpreter's part of every trace and
     * timeline file written (each file holds every interpreter of the JVM that records into it).
     */
    public void reportGil() {
        if (config.xoptions.contains("gil_stats")) {
            PrintStream err = rawStderr();
            err.print(gil.stats().format());
            err.flush();
        }
        for (GilTrace trace : gilOutputs) {
            trace.finished(this);
        }
    }

    private int runMainHere(String source, String filename) {
        ThreadState ts = new ThreadState(this, Thread.currentThread());
        ThreadState prev = ts.bind();
        gil.acquire(ts);
        try {
            PyModule main = new PyModule("__main__");
            PyDict g = main.getDict();
            g.setItem(Names.__builtins__, builtinsModule);
            g.setItem(Names.__file__, PyStr.of(filename));
            g.setItem(Names.__loader__, PyNone.NONE);
            g.setItem(Names.__spec__, PyNone.NONE);
            g.setItem(Names.__package__, PyNone.NONE);
            g.setItem(Names.__annotations__, new PyDict());
            modules.setItem(Names.__main__, main);
            if (filename.startsWith("<")) {
                g.delItem(Names.__file__);
            }
            int code;
            try {
                PyCode module = compile(source, filename, Mode.EXEC);
                if (config.xoptions.contains("dis")) {
                    // -X dis: the module's bytecode, GIL check points marked, before it runs
                    stdout.write(org.gilpy.bytecode.Disassembler.dis(module));
                    stdout.flushQuietly();
                }
                execCode(module, g, g);
                code = 0;
            } catch (RuntimeException | Error e) {
                code = handleUncaught(asPyException(e));
            }
            int exit = runExitHooks(code);
            finalizing = true;
            return finish(exit);
        } finally {
            gil.release(ts, GIL.Reason.EXIT);
            ThreadState.restore(prev);
        }
    }

    /**
     * Runs a child process's main program in the calling thread, which becomes the child's main
     * thread: main (called holding the GIL) returns the callable to run, whose result is the exit
     * status (an int, or None for 0). As in a forked CPython child, the non-daemon threads are
     * waited for but the atexit handlers do not run. Returns the exit code, or minus the signal
     * number when the process was killed.
     */
    public int runChildMain(java.util.function.Supplier<PyObject> main) {
        ThreadState ts = new ThreadState(this, Thread.currentThread());
        ThreadState prev = ts.bind();
        mainThread = Thread.currentThread();
        int code = 0;
        try {
            gil.acquire(ts);
            try {
                try {
                    PyObject status = Abstract.call(main.get());
                    code = status instanceof PyInt i ? (int) i.v : 0;
                } catch (InterpreterExit e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    code = handleUncaught(asPyException(e));
                }
                if (threadShutdown != null) {
                    threadShutdown.run();
                }
                finalizing = true;
                finish(code);
            } finally {
                gil.release(ts, GIL.Reason.EXIT);
            }
        } catch (InterpreterExit e) {
            finalizing = true;
            finish(0);
        } finally {
            ThreadState.restore(prev);
            processEndHooks.forEach(Runnable::run);
        }
        return killedBy != 0 ? -killedBy : code;
    }

    private final java.util.List<ChildProcess> children = new java.util.concurrent.CopyOnWriteArrayList<>();

    void addChild(ChildProcess p) {
        children.removeIf(c -> !c.isAlive());
        children.add(p);
    }

    /** The child processes started by this interpreter that are still running. */
    public java.util.List<ChildProcess> liveChildren() {
        children.removeIf(c -> !c.isAlive());
        return java.util.List.copyOf(children);
    }

    private final java.util.List<Runnable> processEndHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers what the end of this child process releases whatever way it ends (see {@link #runChildMain}). */
    public void atProcessEnd(Runnable hook) {
        processEndHooks.add(hook);
    }

    private int finish(int code) {
        stdout.flushQuietly();
        stderr.flushQuietly();
        return code;
    }

    /** Prints an uncaught exception as CPython does and returns the exit code (SystemExit's, or 1). */
    public int handleUncaught(PyException e) {
        stdout.flushQuietly();
        if (e.matches(PyExc.SystemExit)) {
            PyObject[] args = e.value.args.items;
            PyObject code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : e.value.args;
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.v;
            }
            stderr.write(Abstract.str(code).value + "\n");
            stderr.flushQuietly();
            return 1;
        }
        TracebackPrinter.print(this, e.value, stderr);
        stderr.flushQuietly();
        // CPython ends by SIGINT after an uncaught KeyboardInterrupt, which a shell reports as 128 + 2
        return e.matches(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** A thread state for a new thread of this interpreter (bind it in that thread, then take the GIL). */
    public ThreadState newThreadState(Thread thread) {
        return new ThreadState(this, thread);
    }

    private final java.util.List<Runnable> exitHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Registers work to run when the main program ends, in the main thread with the GIL held, most
     * recent first (atexit handlers), after the thread shutdown.
     */
    public void addExitHook(Runnable hook) {
        exitHooks.add(hook);
    }

    private volatile Runnable threadShutdown;

    /**
     * Registers the wait for the non-daemon threads ({@code threading._shutdown}): it runs before
     * every exit hook, as CPython waits for its threads before it runs the atexit handlers.
     */
    public void setThreadShutdown(Runnable hook) {
        threadShutdown = hook;
    }

    /** Runs the thread shutdown, then the exit hooks; an exception in one is printed and the others still run. */
    private int runExitHooks(int code) {
        java.util.List<Runnable> hooks = new java.util.ArrayList<>();
        if (threadShutdown != null) {
            hooks.add(threadShutdown);
        }
        for (int i = exitHooks.size() - 1; i >= 0; i--) {
            hooks.add(exitHooks.get(i));
        }
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                PyException pe = asPyException(e);
                if (pe.matches(PyExc.SystemExit)) {
                    code = handleUncaught(pe);
                } else {
                    stderr.write("Exception ignored in atexit callback:\n");
                    TracebackPrinter.print(this, pe.value, stderr);
                }
            }
        }
        return code;
    }

    /** Writes to the interpreter's real stderr, bypassing sys.stderr (last-resort reporting). */
    public PrintStream rawStderr() {
        return new PrintStream(config.stderr, true, StandardCharsets.UTF_8);
    }
}
