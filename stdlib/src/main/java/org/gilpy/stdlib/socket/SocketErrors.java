package org.gilpy.stdlib.socket;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Map;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Java's socket failures as CPython reports them: an OSError whose errno picks the subclass
 * (ConnectionRefusedError for 111, ...) and whose text is Linux's strerror, "[Errno 111]
 * Connection refused"; a timeout is {@code TimeoutError('timed out')} (socket.timeout), a failed
 * name lookup {@code socket.gaierror}. Java names most errors only by their message, so the
 * message selects the errno.
 */
final class SocketErrors {
    private SocketErrors() {}

    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int ENOPROTOOPT = 92;
    static final int EOPNOTSUPP = 95;
    static final int EAFNOSUPPORT = 97;
    static final int EISCONN = 106;
    static final int ENOTCONN = 107;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;
    static final int EAI_NONAME = -2;
    static final int EAI_ADDRFAMILY = -9;

    /** Linux's strerror for the errors a socket can meet. */
    private static final Map<Integer, String> STRERROR = Map.ofEntries(
            Map.entry(EBADF, "Bad file descriptor"),
            Map.entry(EAGAIN, "Resource temporarily unavailable"),
            Map.entry(13, "Permission denied"),
            Map.entry(EINVAL, "Invalid argument"),
            Map.entry(32, "Broken pipe"),
            Map.entry(ENOPROTOOPT, "Protocol not available"),
            Map.entry(EOPNOTSUPP, "Operation not supported"),
            Map.entry(EAFNOSUPPORT, "Address family not supported by protocol"),
            Map.entry(98, "Address already in use"),
            Map.entry(99, "Cannot assign requested address"),
            Map.entry(101, "Network is unreachable"),
            Map.entry(103, "Software caused connection abort"),
            Map.entry(104, "Connection reset by peer"),
            Map.entry(EISCONN, "Transport endpoint is already connected"),
            Map.entry(ENOTCONN, "Transport endpoint is not connected"),
            Map.entry(110, "Connection timed out"),
            Map.entry(111, "Connection refused"),
            Map.entry(113, "No route to host"),
            Map.entry(EALREADY, "Operation already in progress"),
            Map.entry(EINPROGRESS, "Operation now in progress"),
            Map.entry(EAI_NONAME, "Name or service not known"),
            Map.entry(EAI_ADDRFAMILY, "Address family for hostname not supported"));

    /** socket.gaierror: a failed address lookup. */
    static final PyType GAIERROR = osErrorSubclass("gaierror");
    /** socket.herror: a failed host lookup by address. */
    static final PyType HERROR = osErrorSubclass("herror");

    private static PyType osErrorSubclass(String name) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("socket"));
        ns.setItem(PyStr.of("__qualname__"), PyStr.of(name));
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {PyExc.OSError}, ns);
    }

    /** A failure carrying its errno, thrown where Java has no exception of its own for it. */
    static final class ErrnoException extends IOException {
        final int errno;

        ErrnoException(int errno) {
            super(STRERROR.get(errno));
            this.errno = errno;
        }
    }

    /** The IOException an unchecked NIO failure stands for (a channel in the wrong state, a bad argument). */
    static IOException fromNio(RuntimeException e) {
        if (e instanceof NotYetConnectedException) {
            return new ErrnoException(ENOTCONN);
        }
        if (e instanceof AlreadyConnectedException) {
            return new ErrnoException(EISCONN);
        }
        if (e instanceof ConnectionPendingException) {
            return new ErrnoException(EALREADY);
        }
        if (e instanceof NoConnectionPendingException || e instanceof NotYetBoundException
                || e instanceof AlreadyBoundException) {
            return new ErrnoException(EINVAL);
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return new ErrnoException(EAFNOSUPPORT);
        }
        if (e instanceof UnresolvedAddressException) {
            return new UnknownHostException();
        }
        if (e instanceof IllegalArgumentException) {
            return new ErrnoException(EINVAL);
        }
        // a selector or selection key closed under a waiting thread: the socket was closed
        return new ClosedChannelException();
    }

    /** The Python exception for e (called holding the GIL). */
    static PyException toPython(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return PyExc.raise(PyExc.TimeoutError, "timed out");
        }
        if (e instanceof UnknownHostException) {
            return error(GAIERROR, EAI_NONAME);
        }
        if (e instanceof ErrnoException n) {
            // getaddrinfo's errors are negative, and gaierrors
            return error(n.errno < 0 ? GAIERROR : PyExc.OSError, n.errno);
        }
        if (e instanceof ClosedChannelException) {
            return error(PyExc.OSError, EBADF);
        }
        String message = String.valueOf(e.getMessage());
        for (Map.Entry<Integer, String> known : STRERROR.entrySet()) {
            if (message.startsWith(known.getValue())) {
                return error(PyExc.OSError, known.getKey());
            }
        }
        if (message.startsWith("Connection reset")) {
            return error(PyExc.OSError, 104);
        }
        return PyExc.raise(PyExc.OSError, "%s", message);
    }

    /** OSError(errno, strerror), as the subclass the errno selects. */
    static PyException error(PyType type, int errno) {
        return new PyException(PyExc.instance(type, PyInt.of(errno), PyStr.of(STRERROR.get(errno))));
    }
}
