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
 * this.
 */
final class CtrlC {
    private CtrlC() {}

    static void routeTo(Thread launcher) {
        try {
            Signal.handle(new Signal("INT"), sig -> launcher.interrupt());
        } catch (IllegalArgumentException e) {
            // SIGINT is reserved (e.g. -Xrs) or unknown on this platform: the JVM's default applies
        }
    }
}
