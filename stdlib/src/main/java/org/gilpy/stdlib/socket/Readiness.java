package org.gilpy.stdlib.socket;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Waiting, without the GIL, until a non-blocking channel can go on (read, write, accept,
 * finish connecting), as CPython's socket module polls a socket with a timeout. A socket object
 * has one for reading and one for writing, so one thread may wait to receive while another
 * waits to send. The wait ends early when the thread is interrupted (Ctrl-C, the interpreter
 * closing) or the socket is closed by another thread.
 *
 * <p>The selector is opened at the first wait and kept until the socket closes: a socket that
 * has waited in both directions holds four more descriptors than CPython's (an epoll instance and
 * its wake-up event each), which matters only for thousands of connections at once.
 */
final class Readiness {
    /** Deadline meaning no time limit. */
    static final long FOREVER = -1;

    private Selector selector;
    private SelectionKey key;
    private boolean closed;

    /**
     * Waits until channel is ready for ops or the deadline (System.nanoTime, or FOREVER) passes;
     * false on timeout.
     */
    boolean await(SelectableChannel channel, int ops, long deadline) throws IOException, InterruptedException {
        Selector s = register(channel, ops);
        try {
            long millis = 0;
            if (deadline != FOREVER) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                millis = Math.max(1, (left + 999_999) / 1_000_000);
            }
            s.select(millis);
            s.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
            throw new ClosedChannelException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return true;
    }

    private synchronized Selector register(SelectableChannel channel, int ops) throws IOException {
        if (closed || !channel.isOpen()) {
            throw new ClosedChannelException();
        }
        if (selector == null) {
            selector = Selector.open();
        }
        if (key == null || key.channel() != channel) {
            if (key != null) {
                key.cancel();
                selector.selectNow();
            }
            key = channel.register(selector, ops);
        } else {
            key.interestOps(ops);
        }
        return selector;
    }

    /** Ends a wait in progress (the socket was closed) and frees the selector. */
    synchronized void close() throws IOException {
        closed = true;
        if (selector != null) {
            selector.close();
        }
    }
}
