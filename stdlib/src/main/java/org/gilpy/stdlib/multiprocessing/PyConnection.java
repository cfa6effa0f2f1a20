package org.gilpy.stdlib.multiprocessing;

import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code _multiprocessing.Connection}: one end of a {@code Pipe} in one process, reading from
 * one channel and writing to the other (a one-way pipe's ends have one each). Like a file
 * descriptor, an end is copied into a forked child, and the copies are closed separately: the
 * reader sees end-of-file only when every copy of the writing end is closed, the child's copies
 * being closed when the child ends.
 */
final class PyConnection extends PyObject {
    static final PyType TYPE = PyType.builtin("Connection", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_multiprocessing"));
        t.method("send_bytes", (self, data) -> ((PyConnection) self).send(((PyBytes) data).bytes));
        t.method("recv_bytes", self -> new PyBytes(((PyConnection) self).recv()));
        t.method("poll", (self, timeout) -> PyBool.of(((PyConnection) self).poll(Waits.nanos(timeout))));
        t.method("close", self -> ((PyConnection) self).close());
        t.getter("closed", self -> PyBool.of(((PyConnection) self).closed));
        t.getter("readable", self -> PyBool.of(((PyConnection) self).in != null));
        t.getter("writable", self -> PyBool.of(((PyConnection) self).out != null));
    });

    private final PyChannel in;
    private final PyChannel out;
    private volatile boolean closed;

    PyConnection(PyChannel in, PyChannel out) {
        this.in = in;
        this.out = out;
        if (in != null) {
            in.readers.incrementAndGet();
        }
        if (out != null) {
            out.writers.incrementAndGet();
        }
    }

    /** Pipe(duplex): the two ends. */
    static PyConnection[] pipe(boolean duplex) {
        PyChannel a = new PyChannel(0);
        if (!duplex) {
            return new PyConnection[] {new PyConnection(a, null), new PyConnection(null, a)};
        }
        PyChannel b = new PyChannel(0);
        return new PyConnection[] {new PyConnection(a, b), new PyConnection(b, a)};
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The forked child's own copy of this end, closed when the child ends. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        if (closed) {
            return c.remember(this, this);
        }
        PyConnection copy = c.remember(this, new PyConnection(in, out));
        c.closeWithChild(copy::close);
        return copy;
    }

    private void checkOpen() {
        if (closed) {
            throw PyExc.raise(PyExc.OSError, "handle is closed");
        }
    }

    private PyObject send(byte[] data) {
        checkOpen();
        if (out == null) {
            throw PyExc.raise(PyExc.OSError, "connection is read-only");
        }
        if (out.readers.get() == 0) {
            throw PyExc.osError(PyExc.BrokenPipeError, 32, "Broken pipe", null);
        }
        out.put(data, true, Waits.FOREVER);
        return PyNone.NONE;
    }

    private byte[] recv() {
        checkOpen();
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "connection is write-only");
        }
        byte[] m = in.get(true, Waits.FOREVER);
        if (PyChannel.isEof(m)) {
            throw PyExc.instance(PyExc.EOFError).toThrowable();
        }
        return m;
    }

    private boolean poll(long timeoutNanos) {
        checkOpen();
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "connection is write-only");
        }
        return in.ready(timeoutNanos);
    }

    private PyObject close() {
        synchronized (this) {
            if (closed) {
                return PyNone.NONE;
            }
            closed = true;
        }
        if (in != null) {
            in.readers.decrementAndGet();
        }
        if (out != null) {
            out.writerClosed();
        }
        return PyNone.NONE;
    }
}
