package org.gilpy.vm;

/** Unwinds a thread without running Python handlers (interpreter shutdown, Process.kill). */
public final class InterpreterExit extends RuntimeException {
    public InterpreterExit() {
        super(null, null, false, false);
    }
}
