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
import org.gilpy.compiler.SyntaxWarnings;
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
    /** sys.set_int_max_str_digits: the most decimal digits int and str convert between (0: no limit). */
    public int intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;
    public static final int DEFAULT_INT_MAX_STR_DIGITS = 4300;
    /**
     * The eval breaker: set when a check point has work to do (a pending interrupt, a GIL drop
     * request). Read once per check point; nothing else is read there on the fast path.
     */
    public volatile boolean evalBreaker;
    private volatile PyException pendingInterrupt;
    public final GIL gil;
    /** The signal handlers of this interpreter's process (signal.signal) and the signals that arrived. */
    public final Signals signals = new Signals(this);
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
        // as CPython's create_stdio: -u writes through; otherwise stdout is block-buffered (not a
        // terminal) and stderr line-buffered
        this.stdout = PyFile.forOutput("<stdout>", config.stdout,
                config.unbuffered ? PyFile.Buffering.NONE : PyFile.Buffering.BLOCK);
        this.stderr = PyFile.forOutput("<stderr>", config.stderr,
                config.unbuffered ? PyFile.Buffering.NONE : PyFile.Buffering.LINE);
        this.stdin = PyFile.forInput("<stdin>", config.stdin);
        this.builtinsModule = BuiltinsModule.create(this);
        this.builtins = builtinsModule.getDict();
        this.sys = SysModule.create(this);
        modules.setItem(PyStr.intern("builtins"), builtinsModule);
        modules.setItem(PyStr.intern("sys"), sys);
        BY_PID.putIfAbsent(pid, this);
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
        BY_PID.put(pid, this);
    }

    /** The child processes of this JVM by pid (os.kill sends them signals without the OS). */
    private static final java.util.Map<Long, Interpreter> BY_PID = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The interpreter that is process pid in this JVM: a child process, or for the JVM's own pid
     * the caller's interpreter; null for a process outside.
     */
    public Interpreter processInThisJvm(long pid) {
        if (pid == this.pid || pid == JVM_PID) {
            return pid == this.pid ? this : BY_PID.getOrDefault(pid, this);
        }
        Interpreter other = BY_PID.get(pid);
        return other != null && !other.closed ? other : null;
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
        try {
            return compileOrThrow(source, filename, mode);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    private PyCode compileOrThrow(String source, String filename, Mode mode) {
        if (!filename.startsWith("<")) {
            // as CPython: a traceback shows no source line for "<string>", "<stdin>" and the like
            linecache.put(filename, source);
        }
        return Compiler.compile(Parser.parse(source, filename, mode), filename, source, syntaxWarnings(filename));
    }

    /**
     * Compile-time SyntaxWarnings for filename, through warnings.warn_explicit as CPython's
     * compiler does; a warning the filters raise becomes a SyntaxError.
     */
    public SyntaxWarnings syntaxWarnings(String filename) {
        return (message, lineno) -> {
            PyObject warnExplicit = Abstract.getAttr(importer.importModule("warnings"), PyStr.intern("warn_explicit"));
            try {
                Abstract.call(warnExplicit, PyStr.of(message), PyExc.SyntaxWarning, PyStr.of(filename), PyInt.of(lineno));
                return false;
            } catch (PyException e) {
                if (e.matches(PyExc.SyntaxWarning)) {
                    return true;
                }
                throw e;
            }
        };
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

    /**
     * Called at a check point when the eval breaker is set: end a thread of a closed interpreter,
     * hand over the GIL, deliver an interrupt.
     */
    void handleEvalBreaker(ThreadState ts) {
        if (mustExit(ts)) {
            throw new InterpreterExit();
        }
        if (gil.dropRequested()) {
            gil.yieldToWaiter(ts);
        }
        deliverInterrupt(ts);
    }

    /**
     * Raises the pending KeyboardInterrupt if ts is the main thread, or the exception set for ts
     * by {@link #setAsyncExc} (a check point, or a blocking call that was woken by it). The Java
     * interrupt that woke a blocked thread is consumed with it, so it cannot cut short a later wait.
     */
    boolean deliverInterrupt(ThreadState ts) {
        boolean handled = ts.thread == mainThread && signals.runPending(ts);
        PyException interrupt = pendingInterrupt;
        if (interrupt != null && ts.thread == mainThread) {
            pendingInterrupt = null;
            recomputeEvalBreaker();
            Thread.interrupted();
            throw interrupt;
        }
        PyException async = takeAsyncExc(ts);
        if (async != null) {
            Thread.interrupted();
            throw async;
        }
        return handled;
    }

    /** The eval breaker is the OR of everything a check point must look at. */
    void recomputeEvalBreaker() {
        evalBreaker = gil.dropRequested() || pendingInterrupt != null || pendingAsyncExcs.get() > 0 || finalizing
                || killedBy != 0 || signals.pending();
    }

    /** How many thread states have an exception set by setAsyncExc and not yet raised. */
    private final AtomicInteger pendingAsyncExcs = new AtomicInteger();

    /**
     * {@code PyThreadState_SetAsyncExc}: raises exc in the thread of ts at its next check point,
     * or at once if it is blocked in a wait (woken with a Java interrupt). Replaces an exception
     * set before and not yet raised. Used by embedders to stop one call (interrupt, timeout).
     */
    public void setAsyncExc(ThreadState ts, PyException exc) {
        if (ts.asyncExc.getAndSet(exc) == null) {
            pendingAsyncExcs.incrementAndGet();
        }
        recomputeEvalBreaker();
        ts.thread.interrupt();
    }

    /** Takes back the exception set for ts, raised or not (null if none): the call it was meant for is over. */
    public PyException takeAsyncExc(ThreadState ts) {
        PyException exc = ts.asyncExc.getAndSet(null);
        if (exc != null) {
            pendingAsyncExcs.decrementAndGet();
            recomputeEvalBreaker();
        }
        return exc;
    }

    private static final int SIGKILL = 9;

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
        for (ThreadState ts : attached) {
            ts.thread.interrupt();
        }
    }

    public int killedBy() {
        return killedBy;
    }

    /** What {@link #killedBy} holds after os._exit(), which is no signal. */
    private static final int OS_EXIT = -1;
    private volatile int osExitStatus;

    /**
     * {@code os._exit(status)}: ends this interpreter's process at once, as {@link #kill} does,
     * with status as its exit code; returns what the calling thread throws to unwind.
     */
    public InterpreterExit osExit(int status) {
        osExitStatus = status;
        kill(OS_EXIT);
        return new InterpreterExit();
    }

    /** The exit code of a process ended by kill() (minus the signal) or os._exit() (its status). */
    private int killedExitCode() {
        return killedBy == OS_EXIT ? osExitStatus : -killedBy;
    }

    private volatile Thread mainThread;
    /** Set when the main program and its exit hooks are done: daemon threads may not run any more. */
    private volatile boolean finalizing;

    /**
     * Whether ts must end rather than take the GIL: the program is over (or the interpreter
     * closed) and ts is not its main thread (the one closing it).
     */
    boolean mustExit(ThreadState ts) {
        return killedBy != 0 || finalizing && ts.thread != mainThread;
    }

    /**
     * Raises KeyboardInterrupt in the main thread at its next check point (Ctrl-C, interrupt()).
     * A main thread blocked in a wait (sleep, join, lock, I/O) is woken with a Java interrupt
     * and raises it there, as a signal interrupts a blocking call in CPython.
     */
    public void interrupt() {
        if (signals.handler(Signals.SIGINT) != null) {
            // signal.signal(SIGINT, ...) replaced the default: Ctrl-C runs that handler
            signals.deliver(Signals.SIGINT);
            return;
        }
        pendingInterrupt = new PyException(new PyBaseException(PyExc.KeyboardInterrupt, org.gilpy.objects.PyTuple.EMPTY));
        recomputeEvalBreaker();
        wakeMainThread();
    }

    /**
     * PyErr_CheckSignals: in the main thread, runs the handlers of signals that arrived (and
     * raises a pending KeyboardInterrupt) now rather than at the next check point.
     */
    public void checkSignals() {
        ThreadState ts = ThreadState.current();
        if (ts.thread == mainThread) {
            deliverInterrupt(ts);
        }
    }

    /** Whether ts is this interpreter's main thread (the only one that runs signal handlers). */
    public boolean isMainThread(ThreadState ts) {
        return ts.thread == mainThread;
    }

    /** Wakes the main thread if it is blocked in a wait, to deliver what is pending for it. */
    void wakeMainThread() {
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

    /** What runs as the {@code __main__} module, in the main thread, holding the GIL. */
    @FunctionalInterface
    public interface MainProgram {
        /** Runs with the module's namespace; an exception it lets out ends the program. */
        void run(PyDict globals);
    }

    /**
     * Runs source as the {@code __main__} module, as {@code python file.py} does, on a thread with
     * a deep stack. Returns the process exit code; tracebacks go to stderr.
     */
    public int runMain(String source, String filename) {
        return runMain(filename, globals -> runSource(source, filename, globals));
    }

    /**
     * As {@link #runMain(String, String)} for a script read from a file or stdin, whose syntax
     * errors at the end of the input CPython reports at column 0 (a string's after the last token).
     */
    public int runMainFile(String source, String filename) {
        return runMain(filename, globals -> {
            PyCode module;
            try {
                module = compileOrThrow(source, filename, Mode.EXEC);
            } catch (PySyntaxError e) {
                throw syntaxError(e.asReadFromFile());
            }
            runCode(module, globals);
        });
    }

    /**
     * Compiles source (printing its disassembly first under {@code -X dis}) and runs it in
     * globals: the body of a main program.
     */
    public void runSource(String source, String filename, PyDict globals) {
        runCode(compile(source, filename, Mode.EXEC), globals);
    }

    /** Runs a main program's code in globals, printing its disassembly first under {@code -X dis}. */
    private void runCode(PyCode module, PyDict globals) {
        if (config.xoptions.contains("dis")) {
            stdout.write(org.gilpy.bytecode.Disassembler.dis(module));
            stdout.flushQuietly();
        }
        execCode(module, globals, globals);
    }

    /**
     * Runs program as the {@code __main__} module (named by filename), on a thread with a deep
     * stack, then the thread shutdown and the exit hooks. Returns the process exit code. The
     * calling thread waits, and turns a Java interrupt into {@link #interrupt()} (Ctrl-C).
     */
    public int runMain(String filename, MainProgram program) {
        int[] exit = new int[1];
        Thread t = new Thread(null, () -> {
            try {
                exit[0] = runMainHere(filename, program);
            } catch (InterpreterExit e) {
                // os._exit(), or closed by the embedder while running
                exit[0] = killedBy != 0 ? killedExitCode() : 1;
            }
        }, "MainThread", 1L << 30);
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

    private int runMainHere(String filename, MainProgram program) {
        ThreadState ts = new ThreadState(this, Thread.currentThread());
        ThreadState prev = ts.bind();
        attach(ts);
        gil.acquire(ts);
        try {
            PyDict g = createMainModule(filename).getDict();
            int code;
            try {
                program.run(g);
                code = 0;
            } catch (RuntimeException | Error e) {
                code = handleUncaught(asPyException(e));
            }
            int exit = runExitHooks(code, true);
            finalizing = true;
            return finish(exit);
        } finally {
            gil.release(ts, GIL.Reason.EXIT);
            detach(ts);
            ThreadState.restore(prev);
        }
    }

    /**
     * Makes the {@code __main__} module, registered in sys.modules, for code read from filename
     * ({@code __file__} is left out for a pseudo-file such as {@code <string>}).
     */
    public PyModule createMainModule(String filename) {
        PyModule main = new PyModule("__main__");
        PyDict g = main.getDict();
        g.setItem(Names.__builtins__, builtinsModule);
        if (!filename.startsWith("<")) {
            g.setItem(Names.__file__, PyStr.of(filename));
        }
        g.setItem(Names.__loader__, PyNone.NONE);
        g.setItem(Names.__spec__, PyNone.NONE);
        g.setItem(Names.__package__, PyNone.NONE);
        g.setItem(Names.__annotations__, new PyDict());
        modules.setItem(Names.__main__, main);
        return main;
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
        attach(ts);
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
            detach(ts);
            ThreadState.restore(prev);
            processEndHooks.forEach(Runnable::run);
        }
        return killedBy != 0 ? killedExitCode() : code;
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
        printTraceback(e);
        // CPython ends by SIGINT after an uncaught KeyboardInterrupt, which a shell reports as 128 + 2
        return e.matches(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** Prints e with its traceback on stderr, as CPython prints an uncaught exception. */
    public void printTraceback(PyException e) {
        stdout.flushQuietly();
        TracebackPrinter.print(this, e.value, stderr);
        stderr.flushQuietly();
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

    /**
     * Runs the thread shutdown (when waitForThreads), then the exit hooks, each once; an exception
     * in one is printed and the others still run.
     */
    private int runExitHooks(int code, boolean waitForThreads) {
        java.util.List<Runnable> hooks = new java.util.ArrayList<>();
        if (threadShutdown != null && waitForThreads) {
            hooks.add(threadShutdown);
        }
        for (int i = exitHooks.size() - 1; i >= 0; i--) {
            hooks.add(exitHooks.get(i));
        }
        exitHooks.clear();
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

    /** The threads running in this interpreter now: its Python threads, and Java threads inside a call. */
    private final java.util.Set<ThreadState> attached = ConcurrentHashMap.newKeySet();
    private final java.util.List<Runnable> closeHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;
    /** How long close() waits for the interpreter's threads to stop before it abandons them. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    /** Records that ts's thread runs in this interpreter until {@link #detach}; do it before taking the GIL. */
    public void attach(ThreadState ts) {
        attached.add(ts);
    }

    public void detach(ThreadState ts) {
        attached.remove(ts);
        synchronized (attached) {
            attached.notifyAll();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Registers work for close(), run most recent first after the threads were told to stop. */
    public void addCloseHook(Runnable hook) {
        closeHooks.add(hook);
    }

    /**
     * Ends the interpreter ({@code Py_FinalizeEx} for an embedder, which must not hang): its
     * child processes are killed, and every thread running in it, daemon or not, ends at its next
     * check point or at once if it is
     * blocked, without running more Python code; then the close hooks run, and once the threads
     * have gone, the atexit handlers (in the calling thread). Buffered output is flushed. Later
     * calls do nothing. Must not be called from a thread running this interpreter's code.
     */
    public void close() {
        ThreadState current = ThreadState.currentOrNull();
        if (current != null && current.interp == this && attached.contains(current)) {
            throw new IllegalStateException("an interpreter cannot be closed from one of its own threads");
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        BY_PID.remove(pid, this);
        for (ChildProcess child : liveChildren()) {
            child.kill(SIGKILL);
        }
        Thread self = Thread.currentThread();
        mainThread = self;
        finalizing = true;
        recomputeEvalBreaker();
        for (ThreadState ts : attached) {
            ts.thread.interrupt();
        }
        for (int i = closeHooks.size() - 1; i >= 0; i--) {
            try {
                closeHooks.get(i).run();
            } catch (RuntimeException e) {
                rawStderr().println("gilpy: a close hook failed: " + e);
            }
        }
        if (awaitThreadsGone()) {
            ThreadState ts = new ThreadState(this, self);
            ThreadState prev = ts.bind();
            gil.acquire(ts);
            try {
                runExitHooks(0, false);
            } finally {
                gil.release(ts, GIL.Reason.EXIT);
                ThreadState.restore(prev);
            }
        }
        finish(0);
    }

    /** Waits (bounded) until no thread runs in this interpreter; false if some could not be stopped. */
    private boolean awaitThreadsGone() {
        long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000;
        boolean interrupted = false;
        synchronized (attached) {
            while (!attached.isEmpty()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                try {
                    attached.wait(left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return attached.isEmpty();
    }

    /** Writes to the interpreter's real stderr, bypassing sys.stderr (last-resort reporting). */
    public PrintStream rawStderr() {
        return new PrintStream(config.stderr, true, StandardCharsets.UTF_8);
    }
}
