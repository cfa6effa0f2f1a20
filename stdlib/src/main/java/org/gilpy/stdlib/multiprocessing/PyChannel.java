package org.gilpy.stdlib.multiprocessing;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;

/**
 * {@code _multiprocessing.Channel}: pickled messages on their way between processes, in order,
 * with an optional bound (the pipe under a {@code multiprocessing.Queue}, and each direction of
 * a {@code Pipe}). One Java object serves every process that has it. Waiting for room or for a
 * message releases the caller's GIL.
 *
 * <p>A channel also counts the pipe ends that write to it and read from it, open in any process:
 * when the last writing end closes, a reader gets end-of-file once the messages are drained, and
 * a writer whose readers are all closed gets a broken pipe.
 */
final class PyChannel extends PyObject {
    static final PyType TYPE = PyType.builtin("Channel", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_multiprocessing"));
        t.method("put", (self, data, block, timeout) -> PyBool.of(((PyChannel) self).put(((PyBytes) data).bytes,
                block.isTrue(), Waits.nanos(timeout))));
        t.method("get", (self, block, timeout) -> {
            byte[] m = ((PyChannel) self).get(block.isTrue(), Waits.nanos(timeout));
            return m == null ? PyNone.NONE : new PyBytes(m);
        });
        t.method("qsize", self -> PyInt.of(((PyChannel) self).size()));
        t.getter("maxsize", self -> PyInt.of(((PyChannel) self).maxsize));
        t.getter("handle", self -> PyInt.of(Handles.of(self)));
    });

    /** Put after the last message once every writer has closed; never a real message (those are pickles). */
    private static final byte[] EOF = new byte[0];

    private final LinkedBlockingDeque<byte[]> messages;
    final int maxsize;
    final AtomicInteger writers = new AtomicInteger();
    final AtomicInteger readers = new AtomicInteger();

    PyChannel(int maxsize) {
        this.maxsize = maxsize;
        this.messages = maxsize > 0 ? new LinkedBlockingDeque<>(maxsize + 1) : new LinkedBlockingDeque<>();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Queues a message, waiting for room at most timeoutNanos if block; false if there was none. */
    boolean put(byte[] m, boolean block, long timeoutNanos) {
        if (hasRoom() && messages.offer(m)) {
            return true;
        }
        if (!block || timeoutNanos == 0) {
            return false;
        }
        return Blocking.io(GIL.Reason.LOCK, () -> {
            long deadline = timeoutNanos == Waits.FOREVER ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
            synchronized (this) {
                while (!hasRoom()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, 50_000_000L));
                }
                return messages.offer(m);
            }
        });
    }

    private boolean hasRoom() {
        return maxsize <= 0 || messages.size() < maxsize;
    }

    /** The next message, waiting at most timeoutNanos if block; null if none came; {@link #EOF} at end of file. */
    byte[] get(boolean block, long timeoutNanos) {
        byte[] m = messages.poll();
        if (m == null && block && timeoutNanos != 0) {
            m = Blocking.io(GIL.Reason.LOCK, () -> timeoutNanos == Waits.FOREVER ? messages.take()
                    : messages.poll(timeoutNanos, TimeUnit.NANOSECONDS));
        }
        if (m == EOF) {
            messages.offerFirst(EOF);
        } else if (m != null && maxsize > 0) {
            synchronized (this) {
                notifyAll();
            }
        }
        return m;
    }

    static boolean isEof(byte[] m) {
        return m == EOF;
    }

    /** Whether a get would not wait: a message or end of file is there. */
    boolean ready(long timeoutNanos) {
        if (!messages.isEmpty()) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        return Blocking.io(GIL.Reason.LOCK, () -> {
            byte[] m = timeoutNanos == Waits.FOREVER ? messages.take() : messages.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            if (m != null) {
                messages.offerFirst(m);
            }
            return m != null;
        });
    }

    int size() {
        int n = messages.size();
        return n > 0 && messages.peekLast() == EOF ? n - 1 : n;
    }

    /** A writing end closed: the last one ends the stream. */
    void writerClosed() {
        if (writers.decrementAndGet() == 0) {
            messages.offer(EOF);
        }
    }
}
