package org.gilpy.threading;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;

/**
 * {@code _gilprobe}, a module only the tests load: instruments the GIL's mutual exclusion from
 * inside Python code. {@code check()} is a builtin call, so it runs with the GIL held like any
 * bytecode: it asserts that the calling thread holds the GIL and that no other thread is inside
 * {@code check()} at the same time, lingering a little to give an overlap the chance to show.
 */
public final class GilProbe implements ModuleDef {
    private static final int LINGER_SPINS = 200;

    /** Threads that called meet(key, ...) so far, in any interpreter of the JVM. */
    private static final ConcurrentHashMap<String, AtomicInteger> MEETINGS = new ConcurrentHashMap<>();

    /**
     * meet(key, parties, seconds): arrives at the meeting key and waits, holding the GIL all along
     * (it never releases it), until parties threads have arrived or the time is up (then it leaves
     * the meeting); whether they all met. Threads of one interpreter can never meet (the GIL holder waits for threads that
     * cannot run); threads of separate interpreters meet only if their GILs are held at the same
     * instant.
     */
    private static boolean meet(Interpreter interp, String key, int parties, double seconds) {
        if (!interp.gil.isHeldBy(ThreadState.current())) {
            return false;
        }
        AtomicInteger arrived = MEETINGS.computeIfAbsent(key, k -> new AtomicInteger());
        arrived.incrementAndGet();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (arrived.get() < parties) {
            if (System.nanoTime() > deadline) {
                arrived.decrementAndGet();
                return false;
            }
            Thread.onSpinWait();
        }
        return interp.gil.isHeldBy(ThreadState.current());
    }

    @Override
    public String name() {
        return "_gilprobe";
    }

    @Override
    public PyModule create(Interpreter interp) {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger violations = new AtomicInteger();
        AtomicLong checks = new AtomicLong();
        PyModule m = new PyModule("_gilprobe");
        m.function("check", Builtin.of("check", self -> {
            if (!interp.gil.isHeldBy(ThreadState.current())) {
                violations.incrementAndGet();
            }
            if (inside.incrementAndGet() != 1) {
                violations.incrementAndGet();
            }
            for (int i = 0; i < LINGER_SPINS; i++) {
                Thread.onSpinWait();
            }
            if (inside.decrementAndGet() != 0) {
                violations.incrementAndGet();
            }
            checks.incrementAndGet();
            return PyInt.of(0);
        }));
        m.function("violations", Builtin.of("violations", self -> PyInt.of(violations.get())));
        m.function("checks", Builtin.of("checks", self -> PyInt.of(checks.get())));
        m.function("switches", Builtin.of("switches", self -> PyInt.of(interp.gil.switchNumber())));
        m.function("meet", Builtin.of("meet", (self, key, parties, seconds) -> PyBool.of(meet(interp,
                Abstract.str(key).value, Abstract.indexInt(parties).bigValue().intValue(), Abstract.asDouble(seconds)))));
        return m;
    }
}
