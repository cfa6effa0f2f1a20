package org.gilpy.stdlib.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilpy.builtins.TracebackPrinter;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterExit;
import org.gilpy.vm.ThreadState;

/**
 * {@code _thread}: threads and locks at the level CPython's C module offers them; the
 * {@code threading} module is written on top of it in Python.
 *
 * <p>A Python thread is a Java platform thread with its own {@link ThreadState}. It takes the
 * GIL before running any Python code and gives it back when it ends, so it runs under the same
 * scheduling as every other thread of its interpreter. Java daemon threads are used for every
 * Python thread: the JVM never waits for them; {@code threading._shutdown}, run at the main
 * program's exit before the atexit handlers, is what waits for the non-daemon ones, as in
 * CPython.
 */
public final class ThreadModule implements ModuleDef {
    private static final int SIGINT = 2;
    private static final int MIN_STACK_SIZE = 32768;
    /**
     * Java stack of a Python thread when stack_size() is 0. Python-to-Python calls do not use it
     * (the eval loop runs them inline); calls back into Python from builtins (key functions,
     * special methods) do: 32 MiB nests them about as deep as CPython's 8 MiB C stack does.
     */
    private static final long DEFAULT_STACK_SIZE = 32L << 20;

    /** Locks from {@code _set_sentinel()}, released when the thread that made them ends. */
    private static final ThreadLocal<List<PyLock>> SENTINELS = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public String name() {
        return "_thread";
    }

    /** Per-interpreter state of the module. */
    private static final class State {
        final AtomicInteger running = new AtomicInteger();
        volatile long stackSize;
    }

    @Override
    public PyModule create(Interpreter interp) {
        State st = new State();
        PyModule m = new PyModule("_thread");
        PyType hookArgs = StructSeq.newType("_thread._ExceptHookArgs", "exc_type", "exc_value", "exc_traceback",
                "thread");
        m.put("error", PyExc.RuntimeError);
        m.put("LockType", PyLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("_local", PyLocal.TYPE);
        m.put("_ExceptHookArgs", hookArgs);
        m.put("TIMEOUT_MAX", new PyFloat(Timeouts.TIMEOUT_MAX));
        Builtin.Impl start = (self, args, kw) -> startNewThread(interp, st, args, kw);
        m.function("start_new_thread", start);
        m.function("start_new", start);
        Builtin.Impl allocate = Builtin.of("allocate_lock", self -> new PyLock(GIL.Reason.LOCK));
        m.function("allocate_lock", allocate);
        m.function("allocate", allocate);
        m.function("get_ident", Builtin.of("get_ident", self -> PyInt.of(Idents.current())));
        m.function("get_native_id", Builtin.of("get_native_id", self -> PyInt.of(Idents.nativeId())));
        m.function("_count", Builtin.of("_count", self -> PyInt.of(st.running.get())));
        m.function("daemon_threads_allowed", Builtin.of("daemon_threads_allowed", self -> PyBool.TRUE));
        Builtin.Impl exit = Builtin.of("exit", self -> {
            throw PyExc.instance(PyExc.SystemExit).toThrowable();
        });
        m.function("exit", exit);
        m.function("exit_thread", exit);
        m.function("interrupt_main", (self, args, kw) -> interruptMain(interp, args, kw));
        m.function("stack_size", (self, args, kw) -> stackSize(st, args, kw));
        m.function("_set_sentinel", Builtin.of("_set_sentinel", self -> newSentinel()));
        // CPython 3.14's name; threading calls it so GIL statistics and traces show Python's thread names
        m.function("set_name", Builtin.of("set_name", (self, name) -> {
            ThreadState.current().name = Abstract.strArg(name, "set_name");
            return PyNone.NONE;
        }));
        m.function("_excepthook", Builtin.of("_excepthook", (self, args) -> exceptHook(interp, args)));
        interp.setThreadShutdown(() -> waitForThreadShutdown(interp));
        return m;
    }

    /**
     * Like CPython's {@code wait_for_thread_shutdown()}, run when the main program ends: if
     * threading was imported, its {@code _shutdown()} waits for the non-daemon threads. An
     * exception there (Ctrl-C while waiting) is reported and the program ends anyway.
     */
    private static void waitForThreadShutdown(Interpreter interp) {
        PyObject threading = interp.modules.getItem(PyStr.intern("threading"));
        if (!(threading instanceof PyModule tm)) {
            return;
        }
        PyObject shutdown = tm.getDict().getItem(PyStr.intern("_shutdown"));
        if (shutdown == null) {
            return;
        }
        try {
            Abstract.call(shutdown);
        } catch (RuntimeException e) {
            reportUnraisable(interp, "Exception ignored in: " + Abstract.repr(tm).value, interp.asPyException(e));
        }
    }

    private static PyObject startNewThread(Interpreter interp, State st, PyObject[] args, String[] kwnames) {
        Builtin.noKeywords("start_new_thread", kwnames);
        Builtin.range("start_new_thread", args, 2, 3);
        PyObject func = args[0];
        if (!Abstract.isCallable(func)) {
            throw PyExc.typeError("first arg must be callable");
        }
        if (!(args[1] instanceof PyTuple positional)) {
            throw PyExc.typeError("2nd arg must be a tuple");
        }
        PyObject[] callArgs = positional.items;
        String[] callKwnames = null;
        if (args.length == 3 && args[2] != PyNone.NONE) {
            if (!(args[2] instanceof PyDict kwargs)) {
                throw PyExc.typeError("optional 3rd arg must be a dictionary");
            }
            List<PyObject> values = new ArrayList<>(List.of(callArgs));
            List<String> names = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : kwargs.entries()) {
                names.add(Abstract.strArg(e.getKey(), "start_new_thread"));
                values.add(e.getValue());
            }
            callArgs = values.toArray(new PyObject[0]);
            callKwnames = names.toArray(new String[0]);
        }
        PyObject[] finalArgs = callArgs;
        String[] finalKwnames = callKwnames;
        long stack = st.stackSize == 0 ? DEFAULT_STACK_SIZE : st.stackSize;
        Thread thread = new Thread(null, () -> bootstrap(interp, st, func, finalArgs, finalKwnames),
                "gilpy-thread", stack);
        thread.setName("gilpy-thread-" + thread.getId());
        thread.setDaemon(true);
        st.running.incrementAndGet();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            st.running.decrementAndGet();
            throw PyExc.runtimeError("can't start new thread");
        }
        return PyInt.of(thread.getId());
    }

    /** The body of every Python thread: take the GIL, run func, report an escaped exception. */
    private static void bootstrap(Interpreter interp, State st, PyObject func, PyObject[] args, String[] kwnames) {
        ThreadState ts = interp.newThreadState(Thread.currentThread());
        ts.bind();
        interp.gil.acquire(ts);
        try {
            Abstract.callKw(func, args, kwnames);
        } catch (InterpreterExit e) {
            // the interpreter is being torn down: end without running more Python code
        } catch (RuntimeException | StackOverflowError e) {
            PyException pe = e instanceof RuntimeException re ? interp.asPyException(re)
                    : PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
            if (!pe.matches(PyExc.SystemExit)) {
                reportUnraisable(interp, "Exception ignored in thread started by: " + Abstract.repr(func).value, pe);
            }
        } finally {
            for (PyLock sentinel : SENTINELS.get()) {
                sentinel.mutex.release();
            }
            SENTINELS.remove();
            st.running.decrementAndGet();
            interp.gil.release(ts, GIL.Reason.EXIT);
        }
    }

    /** sys.unraisablehook's default output, on sys.stderr. */
    private static void reportUnraisable(Interpreter interp, String what, PyException e) {
        try {
            PyObject err = interp.sys.getDict().get("stderr");
            if (err != null && err != PyNone.NONE) {
                write(err, what + "\n" + TracebackPrinter.format(interp, e.value));
            }
        } catch (RuntimeException ignored) {
            // stderr is gone: CPython is silent too
        }
    }

    private static void write(PyObject file, String text) {
        Abstract.invoke(file, PyStr.intern("write"), PyStr.of(text));
        if (Abstract.lookupAttr(file, PyStr.intern("flush")) != null) {
            Abstract.invoke(file, PyStr.intern("flush"));
        }
    }

    /** A lock held by the calling thread until it ends: Thread.join waits on it. */
    private static PyObject newSentinel() {
        PyLock lock = new PyLock(GIL.Reason.JOIN);
        lock.mutex.tryAcquire();
        SENTINELS.get().add(lock);
        return lock;
    }

    private static PyObject interruptMain(Interpreter interp, PyObject[] args, String[] kwnames) {
        Builtin.noKeywords("interrupt_main", kwnames);
        Builtin.range("interrupt_main", args, 0, 1);
        long signum = args.length == 0 ? SIGINT : Abstract.index(args[0]);
        if (signum < 1 || signum >= 65) {
            throw PyExc.valueError("signal number out of range");
        }
        if (signum == SIGINT) {
            interp.interrupt();
        }
        return PyNone.NONE;
    }

    private static PyObject stackSize(State st, PyObject[] args, String[] kwnames) {
        Builtin.noKeywords("stack_size", kwnames);
        Builtin.range("stack_size", args, 0, 1);
        // as in CPython, stack_size() without an argument also resets the size to the default
        long size = args.length == 0 ? 0 : Abstract.index(args[0]);
        if (size != 0 && size < MIN_STACK_SIZE) {
            throw PyExc.valueError("size not valid: %d bytes", size);
        }
        long old = st.stackSize;
        st.stackSize = size;
        return PyInt.of(old);
    }

    /**
     * {@code threading.excepthook}'s default: "Exception in thread NAME:" and the traceback on
     * sys.stderr (or on the thread's saved stderr when sys.stderr is None); SystemExit is silent.
     */
    private static PyObject exceptHook(Interpreter interp, PyObject args) {
        PyObject[] a = Abstract.toArray(args);
        if (a.length != 4) {
            throw PyExc.typeError("_thread._excepthook argument type must be ExceptHookArgs");
        }
        PyObject excType = a[0];
        PyObject excValue = a[1];
        PyObject thread = a[3];
        if (excType instanceof PyType t && t.isSubtypeOf(PyExc.SystemExit)) {
            return PyNone.NONE;
        }
        PyObject file = interp.sys.getDict().get("stderr");
        if ((file == null || file == PyNone.NONE) && thread != PyNone.NONE) {
            file = Abstract.lookupAttr(thread, PyStr.intern("_stderr"));
        }
        if (file == null || file == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyObject name = thread == PyNone.NONE ? null : Abstract.lookupAttr(thread, PyStr.intern("name"));
        String who = name != null ? Abstract.str(name).value : Long.toString(Idents.current());
        String trace = excValue instanceof PyBaseException be ? TracebackPrinter.format(interp, be)
                : Abstract.str(excType).value + "\n";
        write(file, "Exception in thread " + who + ":\n" + trace);
        return PyNone.NONE;
    }
}
