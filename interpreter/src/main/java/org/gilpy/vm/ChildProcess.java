package org.gilpy.vm;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * A Python process ({@code multiprocessing.Process}) as gilpy makes it: a child interpreter in
 * the same JVM, with its own GIL, modules and threads, whose main thread is a Java thread of its
 * own. The parent and its children therefore run in parallel on as many cores as there are.
 *
 * <p>Start methods: {@link #fork} gives the child a copy of the parent's state at the moment it
 * starts (see {@link ForkCopy}); {@link #start} with a fresh interpreter is {@code spawn}'s
 * beginning, the child importing what it needs itself.
 */
public final class ChildProcess {
    /** A forked or spawned CPython child has no stdin ({@code /dev/null}). */
    private static final InputStream NO_INPUT = InputStream.nullInputStream();
    /** The Java stack of a child's main thread: as deep as the main program's own. */
    private static final long MAIN_STACK_SIZE = 1L << 30;

    public final Interpreter interp;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile int exitCode;

    private ChildProcess(Interpreter interp) {
        this.interp = interp;
    }

    /** A new interpreter configured as parent's child: same streams (no stdin), path, argv, options. */
    public static Interpreter newChildInterpreter(Interpreter parent) {
        InterpreterConfig c = parent.config;
        InterpreterConfig config = InterpreterConfig.defaults().argv(c.argv).path(c.path).stdout(c.stdout)
                .stderr(c.stderr).stdin(NO_INPUT).recursionLimit(parent.recursionLimit)
                .switchInterval(parent.gil.interval()).deniedModules(c.deniedModules).xoptions(c.xoptions)
                .unbuffered(c.unbuffered).cwd(c.cwd);
        return new Interpreter(config);
    }

    /**
     * Starts a child that begins as a copy of parent (called in parent, holding its GIL) and
     * calls the copy of entry with no arguments as its main program; entry's result is the exit
     * status. beforeStart gets the child interpreter before any of its code runs (to give it its
     * pid: the child may ask for it at once).
     */
    public static ChildProcess fork(Interpreter parent, PyObject entry, String name,
            Consumer<Interpreter> beforeStart) {
        parent.stdout.flushQuietly();
        parent.stderr.flushQuietly();
        Interpreter child = newChildInterpreter(parent);
        ForkCopy copier = new ForkCopy(parent, child);
        copier.copyModules();
        PyObject target = copier.copy(entry);
        beforeStart.accept(child);
        return start(parent, child, name, c -> {
            afterFork(c);
            return target;
        });
    }

    /**
     * Starts child's main thread: main runs there holding the child's GIL and returns the
     * callable whose call is the child's main program.
     */
    public static ChildProcess start(Interpreter parent, Interpreter child, String name,
                                     Function<Interpreter, PyObject> main) {
        ChildProcess p = new ChildProcess(child);
        parent.addChild(p);
        Thread t = new Thread(null, () -> {
            try {
                p.exitCode = child.runChildMain(() -> main.apply(child));
            } finally {
                p.ended.countDown();
            }
        }, name, MAIN_STACK_SIZE);
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** What CPython does in a forked child for threading: only the forking thread survives. */
    private static void afterFork(Interpreter child) {
        PyObject threading = child.modules.getItem(PyStr.intern("threading"));
        if (threading instanceof PyModule m) {
            PyObject hook = m.getDict().getItem(PyStr.intern("_after_fork"));
            if (hook != null) {
                Abstract.call(hook);
            }
        }
    }

    public boolean isAlive() {
        return ended.getCount() != 0;
    }

    /** Waits for the child to end, at most timeoutNanos (forever if negative); true if it has. */
    public boolean waitFor(long timeoutNanos) throws InterruptedException {
        if (timeoutNanos < 0) {
            ended.await();
            return true;
        }
        return ended.await(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** The exit code once ended: the status, 1 after an uncaught exception, minus the signal if killed. */
    public int exitCode() {
        return exitCode;
    }

    /**
     * Sends a signal: a handler the child installed with signal.signal runs in its main thread;
     * without one SIGTERM (15), like SIGKILL (9) always, ends the child without running its
     * Python code.
     */
    public void kill(int signal) {
        if (isAlive()) {
            interp.signals.deliver(signal);
        }
    }
}
