package org.gilpy.stdlib.socket;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * Socket addresses between Python and Java: {@code (host, port)} for AF_INET,
 * {@code (host, port, flowinfo, scope_id)} for AF_INET6, hosts written as CPython writes them
 * ("127.0.0.1", "::1"). The empty host is the wildcard address, "<broadcast>" the IPv4
 * broadcast address, as in CPython.
 */
final class Addresses {
    private Addresses() {}

    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    /** A host and port from Python, not looked up yet (lookups are done without the GIL). */
    record Unresolved(String host, int port) {}

    /** Reads an address argument (checked holding the GIL, with CPython's messages). */
    static Unresolved parse(int family, PyObject address, String method) {
        if (!(address instanceof PyTuple t)) {
            throw PyExc.typeError("%s(): AF_INET address must be tuple, not %s", method, address.type().name);
        }
        int arity = t.items.length;
        if (family == AF_INET ? arity != 2 : arity < 2 || arity > 4) {
            throw PyExc.typeError("AF_INET address must be a pair (host, port)");
        }
        if (!(t.items[0] instanceof PyStr host)) {
            throw PyExc.typeError("str, bytes or bytearray expected, not %s", t.items[0].type().name);
        }
        long port = Abstract.index(t.items[1]);
        if (port < 0 || port > 65535) {
            throw PyExc.overflowError("%s(): port must be 0-65535.", method);
        }
        return new Unresolved(host.value, (int) port);
    }

    /** Looks the address up for family (may block on the name service). */
    static InetSocketAddress resolve(int family, Unresolved a) throws IOException {
        return new InetSocketAddress(lookup(family, a.host()).get(0), a.port());
    }

    /** The addresses of host in family (0: any), IPv4 first. */
    static List<InetAddress> lookup(int family, String host) throws IOException {
        List<InetAddress> found = new ArrayList<>();
        if (host.isEmpty()) {
            found.add(InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0"));
            return found;
        }
        if (host.equals("<broadcast>")) {
            found.add(InetAddress.getByName("255.255.255.255"));
            return found;
        }
        for (InetAddress a : InetAddress.getAllByName(host)) {
            if (a instanceof Inet4Address && family != AF_INET6) {
                found.add(0, a);
            } else if (a instanceof Inet6Address && family != AF_INET) {
                found.add(a);
            }
        }
        if (found.isEmpty()) {
            throw new SocketErrors.ErrnoException(SocketErrors.EAI_ADDRFAMILY);
        }
        return found;
    }

    static int familyOf(InetAddress a) {
        return a instanceof Inet6Address ? AF_INET6 : AF_INET;
    }

    /** The Python form of a, or of the unbound address of family when a is null. */
    static PyObject toPython(SocketAddress a, int family) {
        if (a == null) {
            return family == AF_INET6 ? PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0))
                    : PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
        }
        if (!(a instanceof InetSocketAddress inet)) {
            return PyNone.NONE;
        }
        InetAddress ip = inet.getAddress();
        PyStr host = PyStr.of(format(ip));
        if (ip instanceof Inet6Address v6) {
            return PyTuple.of(host, PyInt.of(inet.getPort()), PyInt.of(0), PyInt.of(v6.getScopeId()));
        }
        return PyTuple.of(host, PyInt.of(inet.getPort()));
    }

    /** The numeric form of a: dotted quad, or RFC 5952's shortest IPv6 form ("::1"). */
    static String format(InetAddress a) {
        if (!(a instanceof Inet6Address)) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            s.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                s.append(':');
            }
        }
        return s.toString();
    }
}
