package org.gilpy.vm;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/**
 * The signals of one interpreter (one process), as CPython's signal module handles them: a
 * signal that arrives (from the OS through the command, from {@code os.kill}, {@code alarm},
 * {@code raise_signal}, or from the parent's {@code terminate()} for a child process) is only
 * noted; its Python handler runs later in the main thread, at a check point or when a blocking
 * call there is woken, and a wait the handler does not end with an exception is resumed
 * (PEP 475). Without a handler the default action applies: KeyboardInterrupt for SIGINT,
 * nothing for SIGCHLD, SIGCONT, SIGURG and SIGWINCH, the end of the process for the others.
 */
public final class Signals {
    public static final int NSIG = 65;
    /** Linux's signal names, index = signal number (the real-time ones are not named). */
    public static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
        "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
    public static final int SIGINT = 2;
    public static final int SIGKILL = 9;
    public static final int SIGSTOP = 19;
    /** The handler value of SIG_IGN. */
    private static final PyObject IGNORE = PyInt.of(1);

    private final Interpreter interp;
    /** Per signal: null for the default action, IGNORE, or a Python callable. */
    private final PyObject[] handlers = new PyObject[NSIG];
    private final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
    private volatile boolean anyTripped;
    /**
     * Set by the command for its main interpreter: makes the OS deliver a signal to this
     * interpreter once Python handles it (embedded and child interpreters leave the JVM's alone).
     */
    public volatile java.util.function.IntConsumer osRouter;

    Signals(Interpreter interp) {
        this.interp = interp;
    }

    /** The handler of signum: a callable, 0 (SIG_DFL) or 1 (SIG_IGN); for SIGINT's default, null. */
    public PyObject handler(int signum) {
        PyObject h = handlers[signum];
        if (h == null) {
            return signum == SIGINT ? null : PyInt.of(0);
        }
        return h;
    }

    /** signal.signal: handler is a callable, 0 (SIG_DFL), 1 (SIG_IGN), or null for SIGINT's default. */
    public void setHandler(int signum, PyObject handler) {
        boolean isDefault = handler == null || handler instanceof PyInt i && i.v == 0;
        handlers[signum] = isDefault ? null : handler instanceof PyInt ? IGNORE : handler;
        java.util.function.IntConsumer router = osRouter;
        if (router != null && !isDefault) {
            router.accept(signum);
        }
    }

    /** A signal arrives: noted for the main thread when Python handles it, else its default action. */
    public void deliver(int signum) {
        PyObject h = signum > 0 && signum < NSIG ? handlers[signum] : null;
        if (h == IGNORE && signum != SIGKILL) {
            return;
        }
        if (h != null && signum != SIGKILL) {
            tripped.set(signum, 1);
            anyTripped = true;
            interp.recomputeEvalBreaker();
            interp.wakeMainThread();
            return;
        }
        switch (signum) {
            case SIGINT -> interp.interrupt();
            case 17, 18, 23, 28 -> { } // SIGCHLD, SIGCONT, SIGURG, SIGWINCH: ignored by default
            default -> interp.kill(signum);
        }
    }

    boolean pending() {
        return anyTripped;
    }

    /**
     * In the main thread: runs the handlers of the signals that arrived, in signal order, each
     * with (signum, current frame). Returns whether any ran; an exception a handler raises
     * propagates (the signals not yet handled stay noted).
     */
    boolean runPending(ThreadState ts) {
        if (!anyTripped) {
            return false;
        }
        anyTripped = false;
        interp.recomputeEvalBreaker();
        boolean ran = false;
        for (int signum = 1; signum < NSIG; signum++) {
            if (tripped.getAndSet(signum, 0) == 0) {
                continue;
            }
            PyObject h = handlers[signum];
            if (h == null || h == IGNORE) {
                continue;
            }
            ran = true;
            try {
                Abstract.call(h, PyInt.of(signum), ts.frame == null ? PyNone.NONE : ts.frame);
            } catch (RuntimeException e) {
                for (int rest = signum + 1; rest < NSIG; rest++) {
                    if (tripped.get(rest) != 0) {
                        anyTripped = true;
                        interp.recomputeEvalBreaker();
                    }
                }
                throw e;
            }
        }
        return ran;
    }
}
