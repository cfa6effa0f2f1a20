"""Create portable serialized representations of Python objects.

dumps(obj) and loads(data) turn an object graph into bytes and back; dump(obj, file) and
load(file) do the same through a file. Pickler and Unpickler are the classes behind them, open
to subclassing (persistent_id/persistent_load, reducer_override, dispatch_table, find_class).
The data is CPython's: what one writes the other reads, byte for byte the same for the same
object and protocol.
"""

from io import BytesIO as _BytesIO
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
    try:
        write = file.write
    except AttributeError:
        raise TypeError("file must have a 'write' attribute") from None
    if fix_imports and buffer_callback is None:
        write(dumps(obj, protocol))
    else:
        write(_dumps(obj, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback))


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes: pickle.dumps for what its Java fast path leaves."""
    return Pickler(_NO_FILE, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)._pickle(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickled object from file (anything with read and readline methods)."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data, a bytes-like object: pickle.loads for what its Java fast path leaves."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


# dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None) and
# loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
# plain data is pickled and unpickled in Java, anything else by _dumps and _loads above.
from _pickle_fast import dumps, loads
