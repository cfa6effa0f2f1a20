"""Pipes between processes: Connection objects sending pickled objects or raw bytes, over a
pipe (Pipe) or over a socket (Listener and Client, which speak CPython's wire format and
authentication, so a gilpy process and a CPython process can talk)."""

import _multiprocessing
import os
import struct

from . import context
from .reduction import ForkingPickler

__all__ = ['Client', 'Listener', 'Pipe', 'Connection', 'wait']

_CHALLENGE = b'#CHALLENGE#'
_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'
_MESSAGE_LENGTH = 20


class Connection:
    """One end of a pipe: send() and recv() objects, send_bytes() and recv_bytes() bytes."""

    def __init__(self, end):
        self._end = end

    def _check(self):
        if self._end.closed:
            raise OSError("handle is closed")

    def send(self, obj):
        """Sends a picklable object to the other end."""
        self._check()
        self._end.send_bytes(ForkingPickler.dumps(obj))

    def recv(self):
        """Receives an object the other end sent; EOFError when it is closed and nothing is left."""
        return ForkingPickler.loads(self._end.recv_bytes())

    def send_bytes(self, buf, offset=0, size=None):
        self._check()
        data = memoryview(buf).tobytes()
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._end.send_bytes(data[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._end.recv_bytes()
        if maxlength is not None and len(data) > maxlength:
            if not self.writable:
                self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        data = self._end.recv_bytes()
        view = memoryview(buf)
        if offset < 0 or offset > len(view):
            raise ValueError("offset out of bounds")
        if len(data) > len(view) - offset:
            from .context import BufferTooShort
            raise BufferTooShort(data)
        view[offset:offset + len(data)] = data
        return len(data)

    def poll(self, timeout=0.0):
        """Whether there is something to read (waiting at most timeout seconds; None: forever)."""
        self._check()
        return self._end.poll(timeout)

    def close(self):
        self._end.close()

    @property
    def closed(self):
        return self._end.closed

    @property
    def readable(self):
        return self._end.readable

    @property
    def writable(self):
        return self._end.writable

    def fileno(self):
        self._check()
        if isinstance(self._end, _SocketEnd):
            return self._end._sock.fileno()
        return _multiprocessing.handle(self._end)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getstate__(self):
        context.assert_spawning(self)
        return _multiprocessing.handle(self._end)

    def __setstate__(self, handle):
        self._end = _multiprocessing.rebuild(handle)


def Pipe(duplex=True):
    """The two ends of a new pipe: both read and write, or (duplex=False) (receiver, sender)."""
    a, b = _multiprocessing.pipe(duplex)
    return Connection(a), Connection(b)


def _is_ready(obj):
    """Whether a connection has something to read, or a sentinel's process has ended."""
    if not isinstance(obj, int):
        return obj.poll(0)
    shared = _multiprocessing.rebuild(obj)
    if hasattr(shared, 'is_alive'):
        return not shared.is_alive()
    return shared.poll(0)


def wait(object_list, timeout=None):
    """The connections and process sentinels of object_list that are ready, waiting at most
    timeout seconds."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if _is_ready(c)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)


# ---- connections over sockets ----

class _SocketEnd:
    """A socket as a connection end: each message is a 4-byte big-endian length (-1 and then
    8 bytes for 2 GiB or more) followed by the bytes, as CPython's multiprocessing sends them."""

    readable = True
    writable = True

    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def send_bytes(self, data):
        n = len(data)
        header = struct.pack("!i", n) if n <= 0x7fffffff else struct.pack("!i", -1) + struct.pack("!Q", n)
        self._sock.sendall(header + data)

    def _recv_exactly(self, n):
        chunks = []
        while n > 0:
            chunk = self._sock.recv(min(n, 1 << 20))
            if not chunk:
                if chunks:
                    raise OSError("got end of file during message")
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def recv_bytes(self):
        size, = struct.unpack("!i", self._recv_exactly(4))
        if size == -1:
            size, = struct.unpack("!Q", self._recv_exactly(8))
        return self._recv_exactly(size)

    def poll(self, timeout):
        import select
        readable, _, _ = select.select([self._sock], [], [], timeout)
        return bool(readable)

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock.close()


def _address_family(address):
    if isinstance(address, tuple):
        return 'AF_INET'
    if isinstance(address, str) and address.startswith('\\\\'):
        return 'AF_PIPE'
    if isinstance(address, str):
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % (address,))


def _check_family(family):
    if family in ('AF_UNIX', 'AF_PIPE'):
        raise ValueError("gilpy has no %s sockets: give Listener and Client a (host, port) address" % family)
    if family not in ('AF_INET', 'AF_INET6'):
        raise ValueError('unrecognized family')


def _check_authkey(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')


class Listener:
    """Accepts connections on a socket address ((host, port); default: a free port on localhost),
    checking with HMAC that the client knows authkey when one is given."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        import socket
        family = family or (address and _address_family(address)) or 'AF_INET'
        _check_family(family)
        if address is None:
            address = ('localhost', 0)
        _check_authkey(authkey)
        self._socket = socket.socket(getattr(socket, family))
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.setblocking(True)
            self._socket.bind(address)
            self._socket.listen(backlog)
        except OSError:
            self._socket.close()
            raise
        self._address = self._socket.getsockname()
        self._family = family
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        """The connection of the next client (after the challenge both ways, with an authkey)."""
        if self._socket is None:
            raise OSError('listener is closed')
        sock, self._last_accepted = self._socket.accept()
        sock.setblocking(True)
        c = Connection(_SocketEnd(sock))
        if self._authkey is not None:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        sock = self._socket
        if sock is not None:
            self._socket = None
            sock.close()

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A connection to the Listener at address."""
    import socket
    family = family or _address_family(address)
    _check_family(family)
    _check_authkey(authkey)
    sock = socket.socket(getattr(socket, family))
    try:
        sock.setblocking(True)
        sock.connect(address)
    except OSError:
        sock.close()
        raise
    c = Connection(_SocketEnd(sock))
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


def deliver_challenge(connection, authkey):
    """Sends a random message; the other end must answer with its HMAC under authkey."""
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(_MESSAGE_LENGTH)
    connection.send_bytes(_CHALLENGE + message)
    expected = hmac.new(authkey, message, 'md5').digest()
    if connection.recv_bytes(256) == expected:
        connection.send_bytes(_WELCOME)
    else:
        connection.send_bytes(_FAILURE)
        raise context.AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    """Answers the other end's challenge with the HMAC of its message under authkey."""
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    assert message[:len(_CHALLENGE)] == _CHALLENGE, 'message = %r' % message
    connection.send_bytes(hmac.new(authkey, message[len(_CHALLENGE):], 'md5').digest())
    if connection.recv_bytes(256) != _WELCOME:
        raise context.AuthenticationError('digest sent was rejected')
