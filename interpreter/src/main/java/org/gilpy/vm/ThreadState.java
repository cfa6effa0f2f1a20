package org.gilpy.vm;

import org.gilpy.objects.PyBaseException;

/**
 * Per-thread interpreter state ({@code PyThreadState}): the interpreter it belongs to, the
 * frame it is running, the exception being handled, the recursion depth, and its GIL account.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Interpreter interp;
    public final Thread thread;
    /** The innermost running frame. */
    public Frame frame;
    /** The exception currently being handled ({@code sys.exc_info()}), or null. */
    public PyBaseException handled;
    public int depth;
    /** The Python thread's name (threading sets it through {@code _thread.set_name}), for stats and traces. */
    public volatile String name;
    /** sys.set_asyncgen_hooks: called with an async generator on its first iteration, or null. */
    public org.gilpy.objects.PyObject asyncgenFirstiter;
    /** sys.set_asyncgen_hooks: kept for get_asyncgen_hooks (finalisation is the garbage collector's), or null. */
    public org.gilpy.objects.PyObject asyncgenFinalizer;
    /** Its time holding, waiting for and blocked outside the GIL. */
    final GilAccount gilAccount;
    /** An exception to raise in this thread at its next check point ({@link Interpreter#setAsyncExc}). */
    final java.util.concurrent.atomic.AtomicReference<org.gilpy.objects.PyException> asyncExc =
            new java.util.concurrent.atomic.AtomicReference<>();

    ThreadState(Interpreter interp, Thread thread) {
        this.interp = interp;
        this.thread = thread;
        this.name = thread.getName();
        this.gilAccount = interp.gil.open(this);
    }

    /** The state of the calling thread; every thread running Python code has one. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no gilpy interpreter is bound to thread " + Thread.currentThread().getName());
        }
        return ts;
    }

    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    /** Binds this state to the calling thread (returns the previous binding, to restore). */
    public ThreadState bind() {
        ThreadState prev = CURRENT.get();
        CURRENT.set(this);
        return prev;
    }

    /** Undoes {@link #bind}: binds prev (or nothing) to the calling thread again. */
    public static void restore(ThreadState prev) {
        if (prev == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(prev);
        }
    }
}
