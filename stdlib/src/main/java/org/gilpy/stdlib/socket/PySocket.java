package org.gilpy.stdlib.socket;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;

/**
 * {@code _socket.socket}: one Python socket object over an {@link Endpoint}. The Python
 * {@code socket.socket} class wraps it and adds keyword arguments, makefile() and the context
 * manager.
 *
 * <p>Timeouts are CPython's: None blocks, 0 never blocks (BlockingIOError when the call would),
 * a number of seconds limits each call (TimeoutError "timed out", socket.timeout). Every call
 * that may block releases the GIL for the whole wait, as CPython releases it around the system
 * call and its poll(), so other threads run Python meanwhile; a wait ends with KeyboardInterrupt
 * on Ctrl-C or when the interpreter closes.
 *
 * <p>Copied into a forked child ({@code multiprocessing} with fork), the copy refers to the same
 * operating-system socket, as a file descriptor inherited by fork does: parent and child can
 * both accept on a listening socket or both use a connection, and the socket stays open until
 * both copies are closed (the child's when it ends, if it does not close it).
 */
final class PySocket extends PyObject {
    static final int SOL_SOCKET = 1;
    static final int IPPROTO_TCP = 6;
    private static final int SO_REUSEADDR = 2;
    private static final int SO_TYPE = 3;
    private static final int SO_ERROR = 4;
    private static final int SO_BROADCAST = 6;
    private static final int SO_SNDBUF = 7;
    private static final int SO_RCVBUF = 8;
    private static final int SO_KEEPALIVE = 9;
    private static final int SO_REUSEPORT = 15;
    private static final int TCP_NODELAY = 1;
    private static final long NO_TIMEOUT = -1;

    static final PyType TYPE = PyType.builtin("socket", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_socket"));
        t.getter("family", self -> PyInt.of(s(self).endpoint.family));
        t.getter("type", self -> PyInt.of(s(self).endpoint.type));
        t.getter("closed", self -> PyBool.of(s(self).held.isReleased()));
        t.method("fileno", self -> PyInt.of(s(self).held.isReleased() ? -1 : s(self).endpoint.fd));
        t.method("bind", (self, address) -> s(self).bind(address));
        t.method("listen", self -> s(self).listen());
        t.method("connect", (self, address) -> s(self).connect(address));
        t.method("accept", self -> s(self).accept());
        t.method("send", (self, data) -> PyInt.of(s(self).send(Abstract.bytesOf(data), false)));
        t.method("sendall", (self, data) -> {
            s(self).send(Abstract.bytesOf(data), true);
            return PyNone.NONE;
        });
        t.method("sendto", (self, data, address) -> PyInt.of(s(self).sendto(Abstract.bytesOf(data), address)));
        t.method("recv", (self, size) -> new PyBytes(s(self).recv(bufferSize(size, "recv"))));
        t.method("recvfrom", (self, size) -> s(self).recvfrom(bufferSize(size, "recvfrom")));
        t.method("shutdown", (self, how) -> s(self).shutdown(Abstract.index(how)));
        t.method("close", self -> s(self).close());
        t.method("getsockname", self -> s(self).address(true));
        t.method("getpeername", self -> s(self).address(false));
        t.method("setsockopt", (self, level, option, value) -> s(self).setOption(level, option, value));
        t.method("getsockopt", (self, level, option) -> s(self).getOption(level, option));
        t.method("settimeout", (self, timeout) -> s(self).setTimeout(timeout));
        t.method("gettimeout", self -> s(self).timeoutSeconds);
    });

    /** Closes the sockets that became garbage unclosed, as CPython's socket destructor does. */
    private static final Cleaner CLEANER = Cleaner.create();

    private final Endpoint endpoint;
    private final Held held;
    private final Readiness readWait;
    private final Readiness writeWait;
    /** What gettimeout() returns: None or a float. */
    private PyObject timeoutSeconds = PyNone.NONE;
    private long timeoutNanos = NO_TIMEOUT;

    PySocket(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.held = new Held(endpoint);
        this.readWait = held.readWait;
        this.writeWait = held.writeWait;
        CLEANER.register(this, held::releaseQuietly);
    }

    /**
     * What one socket object holds open, released once: by close(), when a forked child that
     * has this copy ends, or by the cleaner when the object became garbage unclosed (a server
     * that forgets its connections does not run out of descriptors, as on CPython).
     */
    private static final class Held {
        final Endpoint endpoint;
        final Readiness readWait = new Readiness();
        final Readiness writeWait = new Readiness();
        private final AtomicBoolean released = new AtomicBoolean();

        Held(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        boolean isReleased() {
            return released.get();
        }

        /** Wakes a thread waiting on the socket and drops this object's reference to the endpoint. */
        void release() throws IOException {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                readWait.close();
                writeWait.close();
            } finally {
                endpoint.release();
            }
        }

        void releaseQuietly() {
            try {
                release();
            } catch (IOException e) {
                // a child that ended or an object nobody refers to: no one to report it to
            }
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PySocket s(PyObject self) {
        return (PySocket) self;
    }

    private static int bufferSize(PyObject size, String method) {
        long n = Abstract.index(size);
        if (n < 0) {
            throw PyExc.valueError("negative buffersize in %s", method);
        }
        return (int) Math.min(n, 1 << 20);
    }

    /** The child's copy: the same endpoint, closed when the child ends if the child does not close it. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        if (held.isReleased()) {
            return c.remember(this, this);
        }
        endpoint.retain();
        PySocket copy = c.remember(this, new PySocket(endpoint));
        copy.timeoutSeconds = timeoutSeconds;
        copy.timeoutNanos = timeoutNanos;
        c.closeWithChild(copy.held::releaseQuietly);
        return copy;
    }

    /** One try at an operation on the non-blocking channel: its result, or null when it would block. */
    @FunctionalInterface
    private interface Attempt<T> {
        T tryOnce() throws IOException;
    }

    /**
     * Runs attempt until it succeeds, waiting (GIL released) for the channel to be ready for ops
     * between tries, within the socket's timeout.
     */
    private <T> T perform(Readiness wait, int ops, Attempt<T> attempt) {
        checkOpen();
        if (timeoutNanos == 0) {
            T result = once(attempt);
            if (result == null) {
                throw SocketErrors.error(PyExc.OSError, ops == SelectionKey.OP_CONNECT ? SocketErrors.EINPROGRESS
                        : SocketErrors.EAGAIN);
            }
            return result;
        }
        long deadline = timeoutNanos == NO_TIMEOUT ? Readiness.FOREVER : System.nanoTime() + timeoutNanos;
        return Blocking.io(GIL.Reason.IO, () -> {
            try {
                while (true) {
                    T result = attempt.tryOnce();
                    if (result != null) {
                        return result;
                    }
                    if (!wait.await(endpoint.channel(), ops, deadline)) {
                        throw new SocketTimeoutException();
                    }
                }
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw SocketErrors.fromNio(e);
            }
        }, SocketErrors::toPython);
    }

    /** An operation that never waits, done holding the GIL. */
    private static <T> T once(Attempt<T> attempt) {
        try {
            return attempt.tryOnce();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw SocketErrors.toPython(SocketErrors.fromNio(e));
        } catch (IOException e) {
            throw SocketErrors.toPython(e);
        }
    }

    private void checkOpen() {
        if (held.isReleased()) {
            throw SocketErrors.error(PyExc.OSError, SocketErrors.EBADF);
        }
    }

    private InetSocketAddress resolve(PyObject address, String method) {
        Addresses.Unresolved a = Addresses.parse(endpoint.family, address, method);
        return Blocking.io(GIL.Reason.IO, () -> Addresses.resolve(endpoint.family, a), SocketErrors::toPython);
    }

    private PyObject bind(PyObject address) {
        checkOpen();
        InetSocketAddress a = resolve(address, "bind");
        once(() -> {
            endpoint.bind(a);
            return a;
        });
        return PyNone.NONE;
    }

    private PyObject listen() {
        checkOpen();
        once(() -> {
            endpoint.listen();
            return endpoint;
        });
        return PyNone.NONE;
    }

    private PyObject connect(PyObject address) {
        checkOpen();
        InetSocketAddress a = resolve(address, "connect");
        boolean connected = once(() -> endpoint.connect(a));
        if (!connected) {
            perform(writeWait, SelectionKey.OP_CONNECT, () -> endpoint.finishConnect() ? a : null);
        }
        return PyNone.NONE;
    }

    private PyObject accept() {
        SocketChannel accepted = perform(readWait, SelectionKey.OP_ACCEPT, endpoint::accept);
        return once(() -> {
            PySocket conn = new PySocket(new Endpoint(endpoint.family, accepted));
            return PyTuple.of(conn, Addresses.toPython(accepted.getRemoteAddress(), endpoint.family));
        });
    }

    /** Sends some of data (all of it, within the timeout, when all is true); the count sent. */
    private int send(byte[] data, boolean all) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        perform(writeWait, SelectionKey.OP_WRITE, () -> {
            endpoint.stream().write(buffer);
            return buffer.hasRemaining() && (all || buffer.position() == 0) ? null : buffer;
        });
        return buffer.position();
    }

    private int sendto(byte[] data, PyObject address) {
        InetSocketAddress to = resolve(address, "sendto");
        ByteBuffer buffer = ByteBuffer.wrap(data);
        perform(writeWait, SelectionKey.OP_WRITE, () -> endpoint.datagramChannel().send(buffer, to) > 0
                || data.length == 0 ? buffer : null);
        return data.length;
    }

    /** Up to size bytes, at least one unless the peer closed its end; waits for them. */
    private byte[] recv(int size) {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        perform(readWait, SelectionKey.OP_READ, () -> size == 0 || receive(buffer) ? buffer : null);
        byte[] out = new byte[buffer.position()];
        buffer.flip().get(out);
        return out;
    }

    /** Reads what has arrived into buffer: false when nothing has (a datagram socket need not be connected). */
    private boolean receive(ByteBuffer buffer) throws IOException {
        if (endpoint.type == Endpoint.SOCK_DGRAM) {
            return endpoint.datagramChannel().receive(buffer) != null;
        }
        return endpoint.stream().read(buffer) != 0;
    }

    private PyObject recvfrom(int size) {
        if (endpoint.type != Endpoint.SOCK_DGRAM) {
            return PyTuple.of(new PyBytes(recv(size)), PyNone.NONE);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        SocketAddress from = perform(readWait, SelectionKey.OP_READ, () -> endpoint.datagramChannel().receive(buffer));
        byte[] out = new byte[buffer.position()];
        buffer.flip().get(out);
        return PyTuple.of(new PyBytes(out), Addresses.toPython(from, endpoint.family));
    }

    private PyObject shutdown(long how) {
        checkOpen();
        if (how < 0 || how > 2) {
            throw SocketErrors.error(PyExc.OSError, SocketErrors.EINVAL);
        }
        once(() -> {
            endpoint.shutdown((int) how);
            return endpoint;
        });
        return PyNone.NONE;
    }

    /** Closes this object, waking a thread waiting on it; the endpoint closes with its last object. */
    private PyObject close() {
        try {
            held.release();
        } catch (IOException e) {
            throw SocketErrors.toPython(e);
        }
        return PyNone.NONE;
    }

    private PyObject address(boolean local) {
        checkOpen();
        SocketAddress a = once(() -> local ? endpoint.localAddress() : endpoint.remoteAddress());
        return Addresses.toPython(a, endpoint.family);
    }

    private PyObject setTimeout(PyObject timeout) {
        if (timeout == PyNone.NONE) {
            timeoutSeconds = PyNone.NONE;
            timeoutNanos = NO_TIMEOUT;
            return PyNone.NONE;
        }
        double seconds = timeout instanceof PyFloat f ? f.v : Abstract.index(timeout);
        if (seconds < 0) {
            throw PyExc.valueError("Timeout value out of range");
        }
        timeoutSeconds = new PyFloat(seconds);
        timeoutNanos = (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0);
        return PyNone.NONE;
    }

    private PyObject setOption(PyObject level, PyObject option, PyObject value) {
        checkOpen();
        SocketOption<?> o = option(level, option);
        Object v = o.type() == Boolean.class ? (Object) Abstract.isTrue(value) : (Object) (int) Abstract.index(value);
        once(() -> {
            endpoint.setOption(o, v);
            return o;
        });
        return PyNone.NONE;
    }

    private PyObject getOption(PyObject level, PyObject option) {
        checkOpen();
        if (Abstract.index(level) == SOL_SOCKET && Abstract.index(option) == SO_TYPE) {
            return PyInt.of(endpoint.type);
        }
        if (Abstract.index(level) == SOL_SOCKET && Abstract.index(option) == SO_ERROR) {
            return PyInt.of(0);
        }
        SocketOption<?> o = option(level, option);
        Object v = once(() -> {
            Object value = endpoint.getOption(o);
            return value == null ? Boolean.FALSE : value;
        });
        return v instanceof Boolean b ? PyInt.of(b ? 1 : 0) : PyInt.of((Integer) v);
    }

    /** The Java option for (level, option), or OSError ENOPROTOOPT as for an option Linux lacks. */
    private static SocketOption<?> option(PyObject level, PyObject option) {
        long l = Abstract.index(level);
        long o = Abstract.index(option);
        if (l == IPPROTO_TCP && o == TCP_NODELAY) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        if (l == SOL_SOCKET) {
            switch ((int) o) {
                case SO_REUSEADDR: return StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT: return StandardSocketOptions.SO_REUSEPORT;
                case SO_KEEPALIVE: return StandardSocketOptions.SO_KEEPALIVE;
                case SO_BROADCAST: return StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF: return StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF: return StandardSocketOptions.SO_RCVBUF;
                default: break;
            }
        }
        throw SocketErrors.error(PyExc.OSError, SocketErrors.ENOPROTOOPT);
    }
}
