"""Create portable serialized representations of Python objects.

dumps(obj) and loads(data) turn an object graph into bytes and back; dump(obj, file) and
load(file) do the same through a file. Pickler and Unpickler are the classes behind them, open
to subclassing (persistent_id/persistent_load, reducer_override, dispatch_table, find_class).
The data is CPython's: what one writes the other reads, byte for byte the same for the same
object and protocol.
"""

from io import BytesIO as _BytesIO
import _pickle_fast
from _pickle_format import *
from _pickle_format import PickleError, PicklingError, UnpicklingError
from _pickler import Pickler, whichmodule, encode_long
from _unpickler import Unpickler, decode_long

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]
__all__.extend(name for name in dir() if name.isupper() and not name.startswith("_"))
__all__ = list(dict.fromkeys(__all__))


class _NoFile:
    """Stands in for the file of a Pickler whose output dumps() returns."""
    write = None


_NO_FILE = _NoFile()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to file (anything with a write method taking bytes)."""
    if buffer_callback is None:
        data = _pickle_fast.dumps(obj, DEFAULT_PROTOCOL if protocol is None else protocol)
        if data is not None:
            try:
                write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
            write(data)
            return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    if buffer_callback is None:
        # plain data (and functions and classes by reference) is pickled in Java
        data = _pickle_fast.dumps(obj, DEFAULT_PROTOCOL if protocol is None else protocol)
        if data is not None:
            return data
    return Pickler(_NO_FILE, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)._pickle(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickled object from file (anything with read and readline methods)."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data, a bytes-like object."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if buffers is None:
        found = _pickle_fast.loads(data)
        if found is not None:
            return found[0]
    return Unpickler(_BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
