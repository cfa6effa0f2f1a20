package org.gilpy.stdlib.socket;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;

/**
 * {@code _socket}: TCP and UDP sockets over IPv4 and IPv6 on java.nio channels, and host name
 * lookups, for the Python {@code socket} module of gilpy's library. The constants have Linux's
 * values, as CPython's on Linux.
 */
public final class SocketModule implements ModuleDef {
    @Override
    public String name() {
        return "_socket";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_socket");
        m.put("socket", PySocket.TYPE);
        m.put("gaierror", SocketErrors.GAIERROR).put("herror", SocketErrors.HERROR);
        m.put("AF_INET", PyInt.of(Addresses.AF_INET)).put("AF_INET6", PyInt.of(Addresses.AF_INET6));
        m.put("SOCK_STREAM", PyInt.of(Endpoint.SOCK_STREAM)).put("SOCK_DGRAM", PyInt.of(Endpoint.SOCK_DGRAM));
        m.put("SOL_SOCKET", PyInt.of(PySocket.SOL_SOCKET)).put("IPPROTO_TCP", PyInt.of(PySocket.IPPROTO_TCP));
        m.function("open", Builtin.of("open", (self, family, type) -> open((int) Abstract.index(family),
                (int) Abstract.index(type))));
        m.function("gethostname", Builtin.of("gethostname", self -> PyStr.of(hostname())));
        m.function("lookup", Builtin.of("lookup", (self, host, family) -> lookup(Abstract.str(host).value,
                (int) Abstract.index(family))));
        return m;
    }

    private static PyObject open(int family, int type) {
        if (family != Addresses.AF_INET && family != Addresses.AF_INET6) {
            throw SocketErrors.error(PyExc.OSError, SocketErrors.EAFNOSUPPORT);
        }
        if (type != Endpoint.SOCK_STREAM && type != Endpoint.SOCK_DGRAM) {
            throw SocketErrors.error(PyExc.OSError, SocketErrors.EINVAL);
        }
        return new PySocket(new Endpoint(family, type));
    }

    /** The kernel's host name, as gethostname(2). */
    private static String hostname() {
        return Blocking.io(GIL.Reason.IO, () -> {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        }, SocketErrors::toPython);
    }

    /** [(family, numeric address), ...] for host in family (0: both), IPv4 first. */
    private static PyObject lookup(String host, int family) {
        List<InetAddress> found = Blocking.io(GIL.Reason.IO, () -> Addresses.lookup(family, host), SocketErrors::toPython);
        List<PyObject> out = new ArrayList<>();
        for (InetAddress a : found) {
            out.add(PyTuple.of(PyInt.of(Addresses.familyOf(a)), PyStr.of(Addresses.format(a))));
        }
        return new PyList(out);
    }
}
