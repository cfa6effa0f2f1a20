"""Network sockets: TCP and UDP over IPv4 and IPv6, as CPython's socket module on Linux.

The operating-system socket is _socket's (Java NIO channels); this module adds what CPython's
socket.py adds over its _socket: keyword arguments, the context manager, makefile(),
socketpair(), create_connection() and create_server(), getaddrinfo() and the enums.

Every call that may block releases the GIL while it waits, so threads blocked in accept() or
recv() let the others run, as on CPython. AF_UNIX is not available: socketpair() returns a
connected pair of AF_INET sockets on the loopback interface (CPython's default there is
AF_UNIX). A socket inherited by a forked multiprocessing child is the same socket in both
processes, as a file descriptor inherited by fork is.
"""

import _socket
import io
from enum import IntEnum

from _socket import gaierror, herror

__all__ = ["socket", "socketpair", "create_connection", "create_server", "has_dualstack_ipv6",
           "getaddrinfo", "gethostname", "gethostbyname", "gethostbyname_ex", "getfqdn",
           "getdefaulttimeout", "setdefaulttimeout", "error", "timeout", "gaierror", "herror",
           "AddressFamily", "SocketKind", "SocketIO"]

error = OSError
timeout = TimeoutError


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288

SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
TCP_NODELAY = 1
SOMAXCONN = 4096
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7F000001
INADDR_BROADCAST = 0xFFFFFFFF
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
EAI_NONAME = -2
EAI_SERVICE = -8
has_ipv6 = True

_PROTOCOLS = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP, SOCK_RAW: 0}

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0:
            raise ValueError("Timeout value out of range")
    _default_timeout = timeout


class _GlobalDefault:
    def __repr__(self):
        return "<object object>"


_GLOBAL_DEFAULT_TIMEOUT = _GlobalDefault()


def _intenum_or(cls, value):
    try:
        return cls(value)
    except ValueError:
        return value


class socket:
    """A network socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0)."""

    __slots__ = ["__weakref__", "_sock", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None, *, _sock=None):
        if _sock is None:
            if fileno is not None:
                raise OSError("socket(fileno=...) is not supported by gilpy")
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            _sock = _socket.open(family, type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
            if type & SOCK_NONBLOCK:
                _sock.settimeout(0.0)
            elif _default_timeout is not None:
                _sock.settimeout(_default_timeout)
        self._sock = _sock
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._sock.closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                s += ", laddr=%s" % (self.getsockname(),)
            except OSError:
                pass
            try:
                s += ", raddr=%s" % (self.getpeername(),)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    @property
    def family(self):
        return _intenum_or(AddressFamily, self._sock.family)

    @property
    def type(self):
        return _intenum_or(SocketKind, self._sock.type)

    @property
    def proto(self):
        return 0

    @property
    def timeout(self):
        return self._sock.gettimeout()

    def fileno(self):
        return self._sock.fileno()

    def bind(self, address, /):
        self._sock.bind(address)

    def listen(self, backlog=SOMAXCONN, /):
        self._sock.listen()

    def connect(self, address, /):
        self._sock.connect(address)

    def connect_ex(self, address, /):
        try:
            self._sock.connect(address)
        except TimeoutError:
            return 11
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def accept(self):
        """(connection, address): a new socket for the next connection and the peer's address."""
        conn, address = self._sock.accept()
        sock = socket(_sock=conn)
        if _default_timeout is not None:
            sock.settimeout(_default_timeout)
        return sock, address

    def send(self, data, flags=0, /):
        return self._sock.send(data)

    def sendall(self, data, flags=0, /):
        self._sock.sendall(data)

    def sendto(self, data, flags_or_address, address=None, /):
        return self._sock.sendto(data, flags_or_address if address is None else address)

    def recv(self, bufsize, flags=0, /):
        return self._sock.recv(bufsize)

    def recvfrom(self, bufsize, flags=0, /):
        return self._sock.recvfrom(bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0, /):
        data = self._sock.recv(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0, /):
        data, address = self._sock.recvfrom(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data), address

    def shutdown(self, how, /):
        self._sock.shutdown(how)

    def close(self):
        """Closes the socket, once every file made by makefile() is closed too."""
        self._closed = True
        if self._io_refs <= 0:
            self._sock.close()

    def _decref_socketios(self):
        self._io_refs -= 1
        if self._closed and self._io_refs <= 0:
            self._sock.close()

    def detach(self):
        raise OSError("socket.detach() is not supported by gilpy")

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def setsockopt(self, level, option, value, optlen=None, /):
        self._sock.setsockopt(level, option, value)

    def getsockopt(self, level, option, buflen=None, /):
        return self._sock.getsockopt(level, option)

    def settimeout(self, value, /):
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._sock.gettimeout()

    def setblocking(self, flag, /):
        self._sock.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._sock.gettimeout() != 0.0

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable, /):
        pass

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and writing to the socket ('r', 'w', 'rw', with 'b' for bytes)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode or not reading
        binary = "b" in mode
        if buffering is None:
            buffering = -1
        if buffering == 0 and not binary:
            raise ValueError("unbuffered streams must be binary")
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else ""), buffering != 0)
        self._io_refs += 1
        if binary:
            return raw
        text = io.TextIOWrapper(raw, encoding, errors, newline)
        text.mode = mode
        return text


class SocketIO(io.BufferedIOBase):
    """A binary file over a socket (what makefile() returns for a 'b' mode): reads are buffered
    (read(n) waits for n bytes or the end, read1(n) returns what one recv brings), writes are
    buffered until flush() or close() unless the file is unbuffered."""

    _CHUNK = 8192

    def __init__(self, sock, mode, buffered=True):
        self._sock = sock
        self.mode = mode
        self._buffered = buffered
        self._rbuf = b""
        self._wbuf = bytearray()
        self._eof = False
        self._file_closed = False

    @property
    def closed(self):
        return self._file_closed

    @property
    def name(self):
        return self._sock.fileno()

    def fileno(self):
        self._check_open()
        return self._sock.fileno()

    def readable(self):
        self._check_open()
        return "r" in self.mode

    def writable(self):
        self._check_open()
        return "w" in self.mode

    def seekable(self):
        self._check_open()
        return False

    def _check_open(self):
        if self._file_closed:
            raise ValueError("I/O operation on closed socket.")

    def _check_readable(self):
        self._check_open()
        if "r" not in self.mode:
            raise io.UnsupportedOperation("File or stream is not readable.")

    def _fill(self):
        """Appends one recv's bytes to the read buffer; False at the end of the stream."""
        if self._eof:
            return False
        data = self._sock.recv(self._CHUNK)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            size = len(self._rbuf)
        else:
            while len(self._rbuf) < size and self._fill():
                pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_readable()
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def readinto(self, buffer):
        data = self.read1(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_readable()
        while b"\n" not in self._rbuf and (size is None or size < 0 or len(self._rbuf) < size) and self._fill():
            pass
        end = self._rbuf.find(b"\n") + 1 or len(self._rbuf)
        if size is not None and 0 <= size < end:
            end = size
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def write(self, data):
        self._check_open()
        if "w" not in self.mode:
            raise io.UnsupportedOperation("File or stream is not writable.")
        data = bytes(data)
        self._wbuf += data
        if not self._buffered or len(self._wbuf) >= self._CHUNK:
            self.flush()
        return len(data)

    def flush(self):
        self._check_open()
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf.clear()
            self._sock.sendall(data)

    def close(self):
        if self._file_closed:
            return
        try:
            if self._wbuf:
                self.flush()
        finally:
            self._file_closed = True
            self._sock._decref_socketios()


def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    """Two connected sockets (over the loopback interface: gilpy has no AF_UNIX)."""
    if family == AF_UNIX:
        family = AF_INET
    host = "::1" if family == AF_INET6 else "127.0.0.1"
    with socket(family, type, proto) as listener:
        listener.bind((host, 0))
        listener.listen()
        a = socket(family, type, proto)
        try:
            a.connect(listener.getsockname()[:2])
            b, _ = listener.accept()
        except BaseException:
            a.close()
            raise
    return a, b


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """A socket connected to address (host, port), trying each address the host has."""
    host, port = address
    errors = []
    for family, type_, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = socket(family, type_, proto)
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            errors.append(e)
            sock.close()
    if not errors:
        raise OSError("getaddrinfo returns an empty list")
    if all_errors:
        raise ExceptionGroup("create_connection failed", errors)
    raise errors[0]


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set, as CPython does on POSIX)."""
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        sock.listen() if backlog is None else sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def _port_number(port):
    if port is None:
        return 0
    if isinstance(port, int):
        return port
    if isinstance(port, bytes):
        port = port.decode()
    if isinstance(port, str) and port.isdigit():
        return int(port)
    if isinstance(port, str):
        raise gaierror(EAI_SERVICE, "Servname not supported for ai_socktype")
    raise OSError("Int or String expected")


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, sockaddr), ...] for host and port."""
    port = _port_number(port)
    if host is None:
        host = "" if flags & AI_PASSIVE else ("::1" if family == AF_INET6 else "127.0.0.1")
    elif isinstance(host, bytes):
        host = host.decode()
    kinds = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    result = []
    for af, ip in _socket.lookup(host, family):
        sockaddr = (ip, port) if af == AF_INET else (ip, port, 0, 0)
        for kind in kinds:
            result.append((AddressFamily(af), _intenum_or(SocketKind, kind), proto or _PROTOCOLS.get(kind, 0),
                           "", sockaddr))
    return result


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname, /):
    return _socket.lookup(hostname, AF_INET)[0][1]


def gethostbyname_ex(hostname, /):
    return hostname, [], [ip for _, ip in _socket.lookup(hostname, AF_INET)]


def getfqdn(name=""):
    return name.strip() or gethostname()


def htons(x, /):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x, /):
    return int.from_bytes(x.to_bytes(4, "big"), "little")


ntohl = htonl


def inet_aton(ip_string, /):
    parts = ip_string.split(".")
    try:
        if len(parts) != 4 or not all(0 <= int(p) <= 255 for p in parts):
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip, /):
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed_ip)
