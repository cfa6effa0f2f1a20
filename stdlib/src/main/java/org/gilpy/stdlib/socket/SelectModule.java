package org.gilpy.stdlib.socket;

import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;

/**
 * {@code select.select} for sockets (objects with a socket's fileno(), or the number itself):
 * waits, without the GIL, until one of them can be read (or accepted from) or written, or the
 * timeout passes. Only sockets have channels a selector can watch; the exceptional-condition list
 * never reports anything.
 */
public final class SelectModule implements ModuleDef {
    private static final PyStr FILENO = PyStr.intern("fileno");

    @Override
    public String name() {
        return "select";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("select");
        m.put("error", PyExc.OSError);
        m.function("select", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("select", args, kw, new String[] {"rlist", "wlist", "xlist", "timeout"}, 3,
                    null, null, null, PyNone.NONE);
            return select(Abstract.toArray(a[0]), Abstract.toArray(a[1]), Abstract.toArray(a[2]), a[3]);
        });
        return m;
    }

    private static PyObject select(PyObject[] readers, PyObject[] writers, PyObject[] exceptional, PyObject timeout) {
        long millis = 0;
        if (timeout != PyNone.NONE) {
            double seconds = Abstract.asDouble(timeout);
            if (seconds < 0) {
                throw PyExc.valueError("timeout must be non-negative");
            }
            millis = seconds == 0 ? -1 : Math.max(1, (long) Math.ceil(seconds * 1000));
        }
        Map<SelectableChannel, Integer> interest = new HashMap<>();
        SelectableChannel[] readChannels = channels(readers, interest, true);
        SelectableChannel[] writeChannels = channels(writers, interest, false);
        channels(exceptional, new HashMap<>(), true);
        long wait = millis;
        Map<SelectableChannel, Integer> ready = Blocking.io(GIL.Reason.IO, () -> {
            Map<SelectableChannel, Integer> found = new HashMap<>();
            try (Selector selector = Selector.open()) {
                for (Map.Entry<SelectableChannel, Integer> e : interest.entrySet()) {
                    e.getKey().register(selector, e.getValue());
                }
                if (wait < 0) {
                    selector.selectNow();
                } else {
                    selector.select(wait);
                }
                for (SelectionKey k : selector.selectedKeys()) {
                    found.put(k.channel(), k.readyOps());
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return found;
        }, SocketErrors::toPython);
        return PyTuple.of(pick(readers, readChannels, ready, SelectionKey.OP_READ | SelectionKey.OP_ACCEPT),
                pick(writers, writeChannels, ready, SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT), new PyList());
    }

    /** The channel of each object (null for a socket that has none yet), adding its interest. */
    private static SelectableChannel[] channels(PyObject[] objects, Map<SelectableChannel, Integer> interest,
                                                boolean reading) {
        SelectableChannel[] out = new SelectableChannel[objects.length];
        for (int i = 0; i < objects.length; i++) {
            Endpoint e = Endpoint.byFd(fileno(objects[i]));
            if (e == null) {
                throw SocketErrors.error(PyExc.OSError, SocketErrors.EBADF);
            }
            SelectableChannel c = e.channel();
            if (c == null || !c.isOpen()) {
                continue;
            }
            int ops = reading ? (c instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ)
                    : (c instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE);
            if ((c.validOps() & ops) != 0) {
                out[i] = c;
                interest.merge(c, ops, (x, y) -> x | y);
            }
        }
        return out;
    }

    private static int fileno(PyObject o) {
        long fd = o instanceof PyInt ? Abstract.index(o) : Abstract.index(Abstract.invoke(o, FILENO));
        if (fd < 0) {
            throw PyExc.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return (int) fd;
    }

    private static PyList pick(PyObject[] objects, SelectableChannel[] channels, Map<SelectableChannel, Integer> ready,
                               int ops) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            Integer r = channels[i] == null ? null : ready.get(channels[i]);
            if (r != null && (r & ops) != 0) {
                out.add(objects[i]);
            }
        }
        return new PyList(out);
    }
}
