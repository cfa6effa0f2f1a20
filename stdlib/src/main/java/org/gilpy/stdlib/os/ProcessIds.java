package org.gilpy.stdlib.os;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.gilpy.vm.Interpreter;

/**
 * Process ids of gilpy "processes". Each process is an interpreter in one JVM, so os.getpid()
 * cannot be the JVM's pid for all of them: the first interpreter gets the real pid, others get
 * one derived from it and their interpreter id, unless a launcher (multiprocessing) assigns ids
 * with {@link #assign}.
 */
public final class ProcessIds {
    private ProcessIds() {}

    private static final long REAL_PID = ProcessHandle.current().pid();
    private static final long REAL_PPID = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    private static final Map<Interpreter, long[]> ASSIGNED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Gives an interpreter its pid and parent pid (for a child process started in this JVM). */
    public static void assign(Interpreter interp, long pid, long ppid) {
        ASSIGNED.put(interp, new long[] {pid, ppid});
    }

    /** Makes child a child process of parent: its own pid, and parent's pid as its parent pid. */
    public static void assignChild(Interpreter child, Interpreter parent) {
        assign(child, derivedPid(child), pid(parent));
    }

    /** A pid for a non-first interpreter: unique in this JVM, and never the JVM's own. */
    private static long derivedPid(Interpreter interp) {
        return interp.id == 1 ? REAL_PID : REAL_PID * 1000 + interp.id;
    }

    public static long pid(Interpreter interp) {
        long[] ids = interp == null ? null : ASSIGNED.get(interp);
        if (ids != null) {
            return ids[0];
        }
        return interp == null ? REAL_PID : derivedPid(interp);
    }

    public static long ppid(Interpreter interp) {
        long[] ids = interp == null ? null : ASSIGNED.get(interp);
        return ids != null ? ids[1] : REAL_PPID;
    }
}
