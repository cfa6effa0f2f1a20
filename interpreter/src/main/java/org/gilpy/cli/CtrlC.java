package org.gilpy.cli;

import sun.misc.Signal;

/**
 * Ctrl-C for the {@code gilpy} command: SIGINT raises KeyboardInterrupt in the script's main
 * thread instead of ending the JVM.
 *
 * <p>The handler interrupts the launcher thread, which is waiting in
 * {@link org.gilpy.vm.Interpreter#runMain}; runMain turns that interrupt into
 * {@link org.gilpy.vm.Interpreter#interrupt()}: the main thread raises KeyboardInterrupt at its
 * next check point, or at once if it is blocked (sleep, join, lock, I/O). Each Ctrl-C raises one
 * more, as in CPython. Embedders keep the JVM's own SIGINT behaviour: only the command installs
 * this. At the interactive prompt the terminal takes SIGINT over and hands it to
 * {@link #deliver()} while a statement runs (see {@link TerminalInput}).
 */
final class CtrlC {
    private CtrlC() {}

    private static volatile Thread launcher;

    static void routeTo(Thread thread) {
        launcher = thread;
        try {
            Signal.handle(new Signal("INT"), sig -> deliver());
        } catch (IllegalArgumentException e) {
            // SIGINT is reserved (e.g. -Xrs) or unknown on this platform: the JVM's default applies
        }
    }

    /** One Ctrl-C: a KeyboardInterrupt for the main thread. */
    static void deliver() {
        Thread t = launcher;
        if (t != null) {
            t.interrupt();
        }
    }
}
