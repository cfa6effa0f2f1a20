package org.gilpy.stdlib.multiprocessing;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;

/**
 * Numbers for the objects processes share, so that one can travel in a pickle to a spawned
 * child or a pool worker (as CPython passes a semaphore's name or a pipe's file descriptor) and
 * be found again there: all processes live in this JVM. An object keeps its number, and stays
 * reachable, once it has been given one.
 */
final class Handles {
    private Handles() {}

    private static long next = 1;
    private static final Map<PyObject, Long> IDS = new IdentityHashMap<>();
    private static final Map<Long, PyObject> OBJECTS = new HashMap<>();

    /** The handle of a shared object, made on first use. */
    static synchronized long of(PyObject shared) {
        Long id = IDS.get(shared);
        if (id == null) {
            id = next++;
            IDS.put(shared, id);
            OBJECTS.put(id, shared);
        }
        return id;
    }

    static synchronized PyObject get(long handle) {
        PyObject o = OBJECTS.get(handle);
        if (o == null) {
            throw PyExc.valueError("no shared object with handle %d", handle);
        }
        return o;
    }
}
