package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A builtin type's dict is filled on first use, once, and seen full by every thread. */
class PyTypeReadyTest {
    @Test
    void aThreadThatNeedsTheTypeWhileAnotherFillsItWaitsForTheWholeDict() throws Exception {
        PyObject first = PyStr.of("first");
        PyObject last = PyStr.of("last");
        CountDownLatch filling = new CountDownLatch(1);
        PyType t = PyType.builtin("half_ready", PyBaseObject.TYPE, type -> {
            type.def("first", first);
            filling.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            type.def("last", last);
        });
        Thread filler = new Thread(t::getDict);
        filler.start();
        filling.await();
        // another interpreter (a process in this JVM) looks the type up while its definer runs
        assertSame(last, t.lookup(PyStr.of("last")));
        filler.join();
    }
}
