package org.gilpy.stdlib.socket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a socket's file descriptor is in CPython: the operating-system socket, shared by every
 * Python socket object that refers to it (a socket copied into a forked child process refers to
 * the same one), with a number ({@link #fd}) and a count of those objects; the last to close it
 * closes the channel.
 *
 * <p>Java has a different channel class for a listening TCP socket and a connected one, while a
 * Python socket becomes one or the other only at listen() or connect(). bind() on a TCP socket
 * therefore opens a listening channel at once (so getsockname() reports the port bound), and a
 * later connect() replaces it by a connecting channel bound to the same address. Every channel
 * is non-blocking; waiting is done by the socket object, with the GIL released.
 */
final class Endpoint {
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    private static final int BACKLOG = 128;

    /** The open endpoints by number, so that select() can find a socket from its fileno(). */
    private static final Map<Integer, Endpoint> BY_FD = new TreeMap<>();

    final int family;
    final int type;
    final int fd;
    private final AtomicInteger refs = new AtomicInteger(1);
    /** Options set before there was a channel, applied to each channel opened. */
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    private volatile NetworkChannel channel;
    private volatile boolean listening;

    Endpoint(int family, int type) {
        this.family = family;
        this.type = type;
        this.fd = allocateFd(this);
    }

    /** An accepted connection. */
    Endpoint(int family, SocketChannel accepted) throws IOException {
        this(family, SOCK_STREAM);
        accepted.configureBlocking(false);
        channel = accepted;
    }

    private static int allocateFd(Endpoint e) {
        synchronized (BY_FD) {
            int fd = 3;
            while (BY_FD.containsKey(fd)) {
                fd++;
            }
            BY_FD.put(fd, e);
            return fd;
        }
    }

    static Endpoint byFd(int fd) {
        synchronized (BY_FD) {
            return BY_FD.get(fd);
        }
    }

    /** One more socket object refers to this endpoint (a forked child's copy). */
    void retain() {
        refs.incrementAndGet();
    }

    /** A socket object referring to this endpoint was closed: the last one closes the channel. */
    void release() throws IOException {
        if (refs.decrementAndGet() > 0) {
            return;
        }
        synchronized (BY_FD) {
            BY_FD.remove(fd);
        }
        NetworkChannel c = channel;
        if (c != null) {
            c.close();
        }
    }

    /** The channel, or null before bind/connect/listen/sendto. */
    SelectableChannel channel() {
        return (SelectableChannel) channel;
    }

    private ProtocolFamily protocol() {
        return family == Addresses.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    private <C extends NetworkChannel> C adopt(C c) throws IOException {
        ((SelectableChannel) c).configureBlocking(false);
        for (Map.Entry<SocketOption<Object>, Object> o : options.entrySet()) {
            if (c.supportedOptions().contains(o.getKey())) {
                c.setOption(o.getKey(), o.getValue());
            }
        }
        channel = c;
        return c;
    }

    synchronized void bind(InetSocketAddress address) throws IOException {
        if (channel != null && channel.getLocalAddress() != null) {
            throw new SocketErrors.ErrnoException(SocketErrors.EINVAL);
        }
        if (type == SOCK_STREAM) {
            adopt(ServerSocketChannel.open(protocol())).bind(address, BACKLOG);
        } else {
            datagram().bind(address);
        }
    }

    synchronized void listen() throws IOException {
        if (type != SOCK_STREAM) {
            throw new SocketErrors.ErrnoException(SocketErrors.EOPNOTSUPP);
        }
        if (channel == null) {
            adopt(ServerSocketChannel.open(protocol())).bind(null, BACKLOG);
        } else if (!(channel instanceof ServerSocketChannel)) {
            throw new SocketErrors.ErrnoException(SocketErrors.EINVAL);
        }
        listening = true;
    }

    /** Starts connecting; true when connected at once (a datagram socket always is). */
    synchronized boolean connect(InetSocketAddress address) throws IOException {
        if (type == SOCK_DGRAM) {
            datagram().connect(address);
            return true;
        }
        if (channel instanceof SocketChannel s) {
            throw new SocketErrors.ErrnoException(s.isConnectionPending() ? SocketErrors.EALREADY : SocketErrors.EISCONN);
        }
        SocketAddress local = null;
        if (channel instanceof ServerSocketChannel bound) {
            if (listening) {
                throw new SocketErrors.ErrnoException(SocketErrors.EINVAL);
            }
            local = bound.getLocalAddress();
            bound.close();
        }
        SocketChannel s = adopt(SocketChannel.open(protocol()));
        if (local != null) {
            s.bind(local);
        }
        return s.connect(address);
    }

    /** Finishes a pending connect: true when connected (throws when it failed). */
    boolean finishConnect() throws IOException {
        return !(channel instanceof SocketChannel s) || !s.isConnectionPending() || s.finishConnect();
    }

    /** An accepted connection, or null when none is waiting. */
    SocketChannel accept() throws IOException {
        if (!(channel instanceof ServerSocketChannel server) || !listening) {
            throw new SocketErrors.ErrnoException(SocketErrors.EINVAL);
        }
        return server.accept();
    }

    private DatagramChannel datagram() throws IOException {
        return channel == null ? adopt(DatagramChannel.open(protocol())) : (DatagramChannel) channel;
    }

    /** The channel for reading and writing a connection's stream (or a connected datagram socket). */
    ByteChannel stream() throws IOException {
        if (channel instanceof SocketChannel s) {
            if (!finishConnect()) {
                throw new SocketErrors.ErrnoException(SocketErrors.ENOTCONN);
            }
            return s;
        }
        if (channel instanceof DatagramChannel d && d.isConnected()) {
            return d;
        }
        throw new SocketErrors.ErrnoException(SocketErrors.ENOTCONN);
    }

    /** The datagram channel for sendto/recvfrom, opened (unbound) when needed. */
    synchronized DatagramChannel datagramChannel() throws IOException {
        if (type != SOCK_DGRAM) {
            throw new SocketErrors.ErrnoException(SocketErrors.EISCONN);
        }
        return datagram();
    }

    void shutdown(int how) throws IOException {
        if (!(channel instanceof SocketChannel s) || !s.isConnected()) {
            throw new SocketErrors.ErrnoException(SocketErrors.ENOTCONN);
        }
        if (how != 1) {
            s.shutdownInput();
        }
        if (how != 0) {
            s.shutdownOutput();
        }
    }

    SocketAddress localAddress() throws IOException {
        return channel == null ? null : channel.getLocalAddress();
    }

    SocketAddress remoteAddress() throws IOException {
        SocketAddress remote = null;
        if (channel instanceof SocketChannel s && s.isConnected()) {
            remote = s.getRemoteAddress();
        } else if (channel instanceof DatagramChannel d) {
            remote = d.getRemoteAddress();
        }
        if (remote == null) {
            throw new SocketErrors.ErrnoException(SocketErrors.ENOTCONN);
        }
        return remote;
    }

    /** Sets a socket option now, and on any channel opened later. */
    @SuppressWarnings("unchecked")
    synchronized void setOption(SocketOption<?> option, Object value) throws IOException {
        options.put((SocketOption<Object>) option, value);
        NetworkChannel c = channel;
        if (c != null && c.supportedOptions().contains(option)) {
            c.setOption((SocketOption<Object>) option, value);
        }
    }

    /** The option's value, null when the socket does not have it. */
    synchronized Object getOption(SocketOption<?> option) throws IOException {
        NetworkChannel c = channel;
        if (c != null && c.supportedOptions().contains(option)) {
            return c.getOption(option);
        }
        return options.get(option);
    }
}
