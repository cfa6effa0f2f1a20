"""C values and arrays in memory shared by processes (Value, Array and their Raw forms).

The memory is a _multiprocessing.SharedArray; the objects here give it ctypes' faces: .value,
indexing, and the Synchronized wrappers that take a lock around each single read or write.
"""

import _multiprocessing

from . import context

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long', 'Q': 'c_ulong',
    'f': 'c_float', 'd': 'c_double',
}

_ZERO = {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0}


def _typecode(typecode_or_type):
    code = getattr(typecode_or_type, '_type_', typecode_or_type)
    if code not in typecode_to_type:
        raise TypeError("unsupported type code %r" % (typecode_or_type,))
    return code


class _CValue:
    """A single shared C value (what RawValue returns; a ctypes simple object in CPython).

    Each typecode has its subclass named as the ctypes type (c_int, c_double, ...)."""

    def __init__(self, memory):
        self._memory = memory

    @property
    def value(self):
        return self._memory.get(0)

    @value.setter
    def value(self, v):
        self._memory.set(0, v)

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._memory.typecode], self.value)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_value, (self._memory.handle,)


_value_types = {}


def _value(memory):
    """The shared value over memory, of the class named after its ctypes type."""
    name = typecode_to_type[memory.typecode]
    cls = _value_types.get(name)
    if cls is None:
        cls = _value_types[name] = type(name, (_CValue,), {'__module__': 'ctypes'})
    return cls(memory)


def _rebuild_value(handle):
    return _value(_multiprocessing.rebuild(handle))


class _CArray:
    """A shared C array (what RawArray returns): indexing, slices, len, and .value/.raw for chars.

    Its class is named as ctypes names array types (c_int_Array_3)."""

    def __init__(self, memory):
        self._memory = memory

    def __len__(self):
        return len(self._memory)

    def _index(self, i):
        if i < 0:
            i += len(self._memory)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._memory.get(k) for k in range(*i.indices(len(self._memory)))]
            return b''.join(items) if self._memory.typecode == 'c' else \
                ''.join(items) if self._memory.typecode == 'u' else items
        return self._memory.get(self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            keys = range(*i.indices(len(self._memory)))
            values = list(v) if self._memory.typecode != 'c' else [bytes([b]) for b in v]
            if len(values) != len(keys):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(keys, values):
                self._memory.set(k, x)
            return
        self._memory.set(self._index(i), v)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        """A char array's contents up to its first NUL."""
        data = self[:]
        if self._memory.typecode == 'c':
            return data.split(b'\x00', 1)[0]
        if self._memory.typecode == 'u':
            return data.split('\x00', 1)[0]
        raise AttributeError("%r object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        if len(v) > len(self._memory):
            raise ValueError("byte string too long")
        for k, x in enumerate(v):
            self._memory.set(k, bytes([x]) if isinstance(x, int) else x)
        if len(v) < len(self._memory):
            self._memory.set(len(v), _ZERO.get(self._memory.typecode, 0))

    @property
    def raw(self):
        if self._memory.typecode != 'c':
            raise AttributeError("%r object has no attribute 'raw'" % type(self).__name__)
        return self[:]

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_array, (self._memory.handle,)


_array_types = {}


def _array(memory):
    """The shared array over memory, of the class named after its ctypes array type."""
    name = '%s_Array_%d' % (typecode_to_type[memory.typecode], len(memory))
    cls = _array_types.get(name)
    if cls is None:
        cls = _array_types[name] = type(name, (_CArray,), {'__module__': __name__})
    return cls(memory)


def _rebuild_array(handle):
    return _array(_multiprocessing.rebuild(handle))


def RawValue(typecode_or_type, *args):
    """A C value in shared memory, without a lock."""
    code = _typecode(typecode_or_type)
    obj = _value(_multiprocessing.shared_array(code, 1))
    obj.value = args[0] if args else _ZERO.get(code, 0)
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A C array in shared memory, without a lock: of a size (zeros) or of an initializer's values."""
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        memory = _multiprocessing.shared_array(code, size_or_initializer)
        for k in range(size_or_initializer):
            memory.set(k, _ZERO.get(code, 0))
        return _array(memory)
    values = list(size_or_initializer)
    memory = _multiprocessing.shared_array(code, len(values))
    for k, v in enumerate(values):
        memory.set(k, bytes([v]) if code == 'c' and isinstance(v, int) else v)
    return _array(memory)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A C value in shared memory, wrapped so that each read and each write takes the lock."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A C array in shared memory, wrapped so that each access takes the lock."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock)


def copy(obj):
    if isinstance(obj, _CValue):
        return RawValue(obj._memory.typecode, obj.value)
    return RawArray(obj._memory.typecode, obj[:])


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _CValue):
        return Synchronized(obj, lock, ctx)
    if obj._memory.typecode == 'c':
        return SynchronizedString(obj, lock, ctx)
    return SynchronizedArray(obj, lock, ctx)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __reduce__(self):
        context.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __iter__(self):
        with self._lock:
            return iter(self._obj[:])


class SynchronizedString(SynchronizedArray):
    value = Synchronized.value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
