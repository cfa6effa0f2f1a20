package org.gilpy.stdlib.os;

import org.gilpy.vm.Interpreter;

/**
 * Process ids of gilpy "processes". Each process is an interpreter in one JVM, so os.getpid()
 * cannot be the JVM's pid for all of them: the interpreter keeps its own ids (the first one gets
 * the real pid, others one derived from it and their interpreter id), and a launcher
 * (multiprocessing) may assign them with {@link #assign}. GIL traces use the same ids.
 */
public final class ProcessIds {
    private ProcessIds() {}

    /** Gives an interpreter its pid and parent pid (for a child process started in this JVM). */
    public static void assign(Interpreter interp, long pid, long ppid) {
        interp.assignPids(pid, ppid);
    }

    /** Makes child a child process of parent: its own pid, and parent's pid as its parent pid. */
    public static void assignChild(Interpreter child, Interpreter parent) {
        child.assignPids(child.pid(), parent.pid());
    }

    public static long pid(Interpreter interp) {
        return interp.pid();
    }

    public static long ppid(Interpreter interp) {
        return interp.ppid();
    }
}
