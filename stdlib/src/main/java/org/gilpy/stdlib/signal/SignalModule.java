package org.gilpy.stdlib.signal;

import java.util.Timer;
import java.util.TimerTask;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.Signals;
import org.gilpy.vm.ThreadState;

/**
 * {@code _signal}: the handlers of the process's signals (see {@link Signals}: a handler runs in
 * the main thread, between bytecodes), {@code alarm}, {@code pause}, {@code raise_signal}, and
 * the signal sending of {@code os.kill}. The {@code signal} module wraps it with its enums.
 */
public final class SignalModule implements ModuleDef {
    /** Linux's strsignal texts, index = signal number. */
    private static final String[] TEXTS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};
    private static final int SIGALRM = 14;
    private static final Timer ALARMS = new Timer("gilpy-alarm", true);

    @Override
    public String name() {
        return "_signal";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal");
        for (int i = 1; i < Signals.NAMES.length; i++) {
            m.put(Signals.NAMES[i], PyInt.of(i));
        }
        m.put("SIGIOT", PyInt.of(6));
        m.put("SIGPOLL", PyInt.of(29));
        m.put("SIGRTMIN", PyInt.of(34));
        m.put("SIGRTMAX", PyInt.of(64));
        m.put("NSIG", PyInt.of(Signals.NSIG));
        m.put("SIG_DFL", PyInt.of(0));
        m.put("SIG_IGN", PyInt.of(1));
        m.put("SIG_BLOCK", PyInt.of(0));
        m.put("SIG_UNBLOCK", PyInt.of(1));
        m.put("SIG_SETMASK", PyInt.of(2));
        m.function("default_int_handler", (self, args, kw) -> {
            throw new PyException(new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY));
        });
        PyObject defaultIntHandler = m.getDict().get("default_int_handler");
        m.function("signal", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("signal", args, kw, new String[] {"signalnum", "handler"}, 2);
            int signum = signum(p[0]);
            PyObject handler = p[1];
            boolean isInt = handler instanceof PyInt;
            if (isInt ? !(((PyInt) handler).v == 0 || ((PyInt) handler).v == 1) : !Abstract.isCallable(handler)) {
                throw PyExc.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            mainThreadOnly(interp);
            if (signum == Signals.SIGKILL || signum == Signals.SIGSTOP) {
                throw PyExc.osError(PyExc.OSError, 22, "Invalid argument", null);
            }
            PyObject old = previous(interp, signum, defaultIntHandler);
            interp.signals.setHandler(signum, handler == defaultIntHandler ? null : isInt
                    ? PyInt.of(((PyInt) handler).v) : handler);
            return old;
        });
        m.function("getsignal", Builtin.of("getsignal", (self, n) -> previous(interp, signum(n), defaultIntHandler)));
        m.function("raise_signal", Builtin.of("raise_signal", (self, n) -> {
            interp.signals.deliver(signum(n));
            interp.checkSignals();
            return PyNone.NONE;
        }));
        m.function("strsignal", Builtin.of("strsignal", (self, n) -> {
            int s = signum(n);
            return s < TEXTS.length ? PyStr.of(TEXTS[s]) : s >= 34 ? PyStr.of("Real-time signal " + (s - 34))
                    : PyNone.NONE;
        }));
        m.function("valid_signals", Builtin.of("valid_signals", self -> {
            PySet set = new PySet(false);
            for (int i = 1; i < Signals.NSIG; i++) {
                if (i != 32 && i != 33) {
                    set.add(PyInt.of(i));
                }
            }
            return set;
        }));
        Alarm alarm = new Alarm(interp);
        m.function("alarm", Builtin.of("alarm", (self, secs) -> PyInt.of(alarm.set(Abstract.index(secs)))));
        m.function("pause", Builtin.of("pause", self -> {
            Blocking.io(GIL.Reason.SLEEP, () -> {
                Thread.sleep(Long.MAX_VALUE);
                return null;
            });
            return PyNone.NONE;
        }));
        m.function("siginterrupt", (self, args, kw) -> {
            signum(args[0]);
            return PyNone.NONE;
        });
        m.function("set_wakeup_fd", (self, args, kw) -> PyInt.of(-1));
        m.function("_kill", Builtin.of("_kill", (self, pid, sig) -> {
            kill(interp, Abstract.index(pid), signum0(sig));
            return PyNone.NONE;
        }));
        return m;
    }

    /** The handler signal.signal returns and getsignal gives. */
    private static PyObject previous(Interpreter interp, int signum, PyObject defaultIntHandler) {
        PyObject h = interp.signals.handler(signum);
        return h == null ? defaultIntHandler : h;
    }

    private static void mainThreadOnly(Interpreter interp) {
        if (!interp.isMainThread(ThreadState.current())) {
            throw PyExc.valueError("signal only works in main thread of the main interpreter");
        }
    }

    static int signum(PyObject n) {
        int s = signum0(n);
        if (s < 1) {
            throw PyExc.valueError("signal number out of range");
        }
        return s;
    }

    private static int signum0(PyObject n) {
        long s = Abstract.index(n);
        if (s < 0 || s >= Signals.NSIG) {
            throw PyExc.valueError("signal number out of range");
        }
        return (int) s;
    }

    /**
     * os.kill: to this process or another process of this JVM (a parent, a child: interpreters)
     * the signal goes through their handlers; to another process of the machine, through the OS.
     */
    public static void kill(Interpreter interp, long pid, int sig) {
        Interpreter target = interp.processInThisJvm(pid);
        if (target != null) {
            if (sig != 0) {
                target.signals.deliver(sig);
                if (target == interp) {
                    interp.checkSignals();
                }
            }
            return;
        }
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow(
                () -> PyExc.osError(PyExc.ProcessLookupError, 3, "No such process", null));
        if (sig == 0) {
            return;
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            if (p.waitFor() != 0 && h.isAlive()) {
                throw PyExc.osError(PyExc.PermissionError, 1, "Operation not permitted", null);
            }
        } catch (java.io.IOException e) {
            if (sig == 9 ? !h.destroyForcibly() : !h.destroy()) {
                throw PyExc.osError(PyExc.PermissionError, 1, "Operation not permitted", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** signal.alarm: SIGALRM to this process after whole seconds; a new alarm replaces the old. */
    private static final class Alarm {
        private final Interpreter interp;
        private TimerTask task;
        private long due;

        Alarm(Interpreter interp) {
            this.interp = interp;
        }

        /** Schedules (0: cancels) and returns the seconds the previous alarm had left. */
        synchronized long set(long seconds) {
            long left = 0;
            if (task != null && task.cancel()) {
                left = Math.max(1, (due - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
            }
            task = null;
            if (seconds > 0) {
                due = System.nanoTime() + seconds * 1_000_000_000L;
                task = new TimerTask() {
                    @Override
                    public void run() {
                        interp.signals.deliver(SIGALRM);
                    }
                };
                ALARMS.schedule(task, seconds * 1000L);
            }
            return left;
        }
    }
}
