package org.gilpy.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.Signals;
import sun.misc.Signal;

/**
 * The OS's signals for the {@code gilpy} command's interpreter: once Python sets a handler for
 * a signal (signal.signal), the JVM stops applying its own action to it and hands it to the
 * interpreter, whose main thread runs the handler. SIGINT has its own route ({@link CtrlC});
 * signals the JVM keeps for itself (SIGQUIT's thread dump, ...) stay the JVM's. Embedders and
 * child processes leave the JVM's signals alone.
 */
final class OsSignals {
    private OsSignals() {}

    private static final Set<Integer> ROUTED = ConcurrentHashMap.newKeySet();

    /** The command's interpreter: its handled signals come from the OS. */
    static Interpreter route(Interpreter interp) {
        interp.signals.osRouter = signum -> {
            if (signum == Signals.SIGINT || signum >= Signals.NAMES.length || !ROUTED.add(signum)) {
                return;
            }
            try {
                Signal.handle(new Signal(Signals.NAMES[signum].substring(3)), s -> interp.signals.deliver(signum));
            } catch (IllegalArgumentException e) {
                // used by the JVM or unknown here: reachable from os.kill and raise_signal only
                ROUTED.remove(signum);
            }
        };
        return interp;
    }
}
