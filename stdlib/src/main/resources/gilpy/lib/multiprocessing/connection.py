"""Pipes between processes: Connection objects sending pickled objects or raw bytes."""

import _multiprocessing

from . import context
from .reduction import ForkingPickler

__all__ = ['Pipe', 'Connection', 'wait']


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
