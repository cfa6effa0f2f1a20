"""pickle.Pickler: writes an object graph as pickle opcodes, byte for byte as CPython 3.11's
C pickler does (same memo numbering, batches and frames), so the two read each other's data.

Output collects in a bytearray. From protocol 4 it is cut into frames: a frame's 9-byte
header is reserved when the frame opens and filled in when it closes (before an object is
saved, once the frame holds FRAME_SIZE_TARGET bytes, or at STOP); a frame under FRAME_SIZE_MIN
bytes loses its header. Payloads of FRAME_SIZE_TARGET bytes or more go between frames.
"""

import sys
from struct import pack
from types import FunctionType, MethodType, BuiltinFunctionType
from itertools import islice
from copyreg import dispatch_table as _copyreg_dispatch_table, _extension_registry
from _pickle_format import *
from _pickle_format import getattribute as _getattribute, raw_unicode_escape

_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FRAME_HEADER = bytes(9)
_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)


def whichmodule(obj, name):
    """The name of the module obj lives in: its __module__, else a search of sys.modules."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def encode_long(x):
    """x as the shortest little-endian two's complement bytes (LONG1/LONG4); b'' for 0."""
    if x == 0:
        return b""
    n = (x.bit_length() >> 3) + 1
    result = x.to_bytes(n, "little", signed=True)
    if x < 0 and n > 1 and result[-1] == 0xff and result[-2] & 0x80:
        result = result[:-1]
    return result


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None): dump(obj)
    writes obj's pickle to file, anything with a write() method taking bytes."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        self._file_write(self._pickle(obj))

    def _pickle(self, obj):
        """The whole pickle of obj, frames included, as bytes."""
        self._out = out = bytearray()
        persistent_id = self.persistent_id
        self._persistent_id = None if getattr(persistent_id, "__func__", None) is Pickler.persistent_id else persistent_id
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", _copyreg_dispatch_table)
        self._framing = self.proto >= 4
        self._frame_start = -1
        if self.proto >= 2:
            out += PROTO + bytes((self.proto,))
        if self._framing:
            self._open_frame()
        try:
            self.save(obj)
            out += STOP
            if self._framing:
                self._close_frame()
            return bytes(out)
        finally:
            self._out = None

    # ------------------------------------------------------------------ frames

    def _open_frame(self):
        self._frame_start = len(self._out)
        self._out += _FRAME_HEADER

    def _close_frame(self):
        out = self._out
        start = self._frame_start
        size = len(out) - start - 9
        if size >= FRAME_SIZE_MIN:
            out[start:start + 9] = FRAME + pack("<Q", size)
        else:
            del out[start:start + 9]
        self._frame_start = -1

    def _write_payload(self, header, data):
        """An opcode and its payload; a large payload goes between frames, as CPython writes it."""
        if self._framing and len(data) >= FRAME_SIZE_TARGET:
            self._close_frame()
            self._out += header
            self._out += data
            self._open_frame()
        else:
            self._out += header
            self._out += data

    # ------------------------------------------------------------------ memo

    def memoize(self, obj):
        """Records obj in the memo under the next index, with MEMOIZE or PUT."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        if self.proto >= 4:
            self._out += MEMOIZE
        else:
            self._out += self.put(idx)
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + pack("<I", idx)
        return GET + repr(idx).encode("ascii") + b"\n"

    # ------------------------------------------------------------------ the dispatcher

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        if self._framing and len(self._out) - self._frame_start >= FRAME_SIZE_TARGET + 9:
            self._close_frame()
            self._open_frame()
        t = type(obj)
        f = _ATOMIC.get(t)
        if f is not None:
            f(self, obj)
        else:
            self._save_object(obj, t)

    def _save_object(self, obj, t):
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += self.get(x[0])
        elif t is str:
            self.save_str(obj)
        elif t is bytes:
            self.save_bytes(obj)
        else:
            rv = NotImplemented
            if self._reducer_override is not None:
                rv = self._reducer_override(obj)
            if rv is NotImplemented:
                f = _DISPATCH.get(t)
                if f is not None:
                    f(self, obj)
                    return
                rv = self._reduce(obj, t)
                if rv is None:
                    return
            self._save_reduce_value(obj, rv)

    def _reduce(self, obj, t):
        """obj's reduction by dispatch_table, __reduce_ex__ or __reduce__; None when a class was saved."""
        reduce = self._dispatch_table.get(t)
        if reduce is not None:
            return reduce(obj)
        if issubclass(t, type):
            self.save_global(obj)
            return None
        reduce = getattr(obj, "__reduce_ex__", None)
        if reduce is not None:
            return reduce(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is not None:
            return reduce()
        raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
            return
        try:
            self._out += PERSID + str(pid).encode("ascii") + b"\n"
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        _check_iterator(listitems, "fourth")
        _check_iterator(dictitems, "fifth")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not "
                                + type(state_setter).__name__)
        save = self.save
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            cls, args, kwargs = _newobj_args(args, obj, "__newobj_ex__", 3)
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self._out += NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                self._out += REDUCE
        elif func_name == "__newobj__":
            cls = _newobj_args(args, obj, "__newobj__", 0)[0]
            save(cls)
            save(args[1:])
            self._out += NEWOBJ
        else:
            save(func)
            save(args)
            self._out += REDUCE
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._out += POP + self.get(x[0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._out += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._out += TUPLE2 + REDUCE + POP

    # ------------------------------------------------------------------ atoms

    def save_none(self, obj):
        self._out += NONE

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out += NEWTRUE if obj else NEWFALSE
        else:
            self._out += TRUE if obj else FALSE

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._out += BININT1 + bytes((obj,))
                elif 0 <= obj <= 0xffff:
                    self._out += BININT2 + pack("<H", obj)
                else:
                    self._out += BININT + pack("<i", obj)
            else:
                self._out += INT + repr(obj).encode("ascii") + b"\n"
        elif self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._out += LONG1 + bytes((n,)) + encoded
            else:
                self._out += LONG4 + pack("<i", n) + encoded
        else:
            self._out += LONG + repr(obj).encode("ascii") + b"L\n"

    def save_float(self, obj):
        if self.bin:
            self._out += BINFLOAT + pack(">d", obj)
        else:
            self._out += FLOAT + repr(obj).encode("ascii") + b"\n"

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out += SHORT_BINBYTES + bytes((n,)) + obj
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_payload(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_payload(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._out += SHORT_BINUNICODE + bytes((n,)) + encoded
            elif n > 0xffffffff and self.proto >= 4:
                self._write_payload(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._write_payload(BINUNICODE + pack("<I", n), encoded)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                       .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self._out += UNICODE + raw_unicode_escape(escaped) + b"\n"
        self.memoize(obj)

    # ------------------------------------------------------------------ containers

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._out += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self._out += POP * n + self.get(x[0])
            else:
                self._out += _TUPLE_OPS[n]
                self.memoize(obj)
            return
        self._out += MARK
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            self._out += (POP_MARK if self.bin else POP * (n + 1)) + self.get(x[0])
            return
        self._out += TUPLE
        self.memoize(obj)

    def save_list(self, obj):
        self._out += EMPTY_LIST if self.bin else MARK + LIST
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(obj)
            return
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            self._out += APPEND
            return
        total = 0
        while total < len(obj):
            self._out += MARK
            for item in obj[total:total + BATCHSIZE]:
                save(item)
            total += BATCHSIZE
            self._out += APPENDS

    def _batch_appends(self, items):
        self._batch(items, self.save, APPEND, APPENDS)

    def _batch_setitems(self, items):
        self._batch(items, self._save_pair, SETITEM, SETITEMS)

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _batch(self, items, save_item, one_op, many_op):
        """Items from an iterator, as CPython writes a reduction's list or dict items: groups of up to
        BATCHSIZE between MARK and many_op, a group of one with one_op (each with one_op in protocol 0)."""
        if not self.bin:
            for item in items:
                save_item(item)
                self._out += one_op
            return
        it = iter(items)
        while True:
            batch = list(islice(it, BATCHSIZE))
            n = len(batch)
            if n > 1:
                self._out += MARK
                for item in batch:
                    save_item(item)
                self._out += many_op
            elif n:
                save_item(batch[0])
                self._out += one_op
            if n < BATCHSIZE:
                return

    def _batch_exact(self, items, save_item, many_op):
        """The items of an exact dict or set: each group between MARK and many_op, and an empty group
        after a full last one, as CPython writes them."""
        it = iter(items)
        while True:
            self._out += MARK
            n = 0
            for item in islice(it, BATCHSIZE):
                save_item(item)
                n += 1
            self._out += many_op
            if n < BATCHSIZE:
                return

    def save_dict(self, obj):
        self._out += EMPTY_DICT if self.bin else MARK + DICT
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(obj.items())
        elif len(obj) == 1:
            self._save_pair(next(iter(obj.items())))
            self._out += SETITEM
        else:
            self._batch_exact(obj.items(), self._save_pair, SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._out += EMPTY_SET
        self.memoize(obj)
        if obj:
            self._batch_exact(obj, self.save, ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._out += MARK
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += POP_MARK + self.get(x[0])
            return
        self._out += FROZENSET
        self.memoize(obj)

    # ------------------------------------------------------------------ by reference

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError(f"Can't pickle local object {name!r}")
        # interned, as CPython's are, so that the memo writes a module's name once
        module_name = sys.intern(whichmodule(obj, name))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._out += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._out += EXT2 + pack("<H", code)
                else:
                    self._out += EXT4 + pack("<i", code)
                return
        lastname = name.rpartition(".")[2]
        name = sys.intern(lastname if parent is module else name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self._out += GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n"
        else:
            if self.fix_imports:
                from _compat_pickle import REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING
                if (module_name, name) in REVERSE_NAME_MAPPING:
                    module_name, name = REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in REVERSE_IMPORT_MAPPING:
                    module_name = REVERSE_IMPORT_MAPPING[module_name]
            try:
                self._out += GLOBAL + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n"
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' using pickle "
                                    f"protocol {self.proto}") from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    def save_builtin_function(self, obj):
        owner = getattr(obj, "__self__", None)
        if owner is None or type(owner) is type(sys):
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    def save_method_descriptor(self, obj):
        self.save_reduce(getattr, (obj.__objclass__, obj.__name__), obj=obj)

    def save_method(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)


def _check_iterator(items, position):
    if items is not None and not hasattr(type(items), "__next__"):
        raise PicklingError(f"{position} element of the tuple returned by __reduce__ must be an iterator, not "
                            f"{type(items).__name__}")


def _newobj_args(args, obj, func_name, size):
    """Checks the arguments of a reduction to copyreg.__newobj__ or __newobj_ex__."""
    if func_name == "__newobj_ex__" and len(args) != 3:
        raise PicklingError(f"length of the NEWOBJ_EX argument tuple must be exactly 3, not {len(args)}")
    if not args:
        raise PicklingError("__newobj__ arglist is empty")
    cls = args[0]
    if not isinstance(cls, type):
        raise PicklingError(f"first item from NEWOBJ{'_EX' if size else ''} argument tuple must be a class, not "
                            f"{type(cls).__name__}")
    if obj is not None and cls is not type(obj):
        raise PicklingError(f"args[0] from {func_name} args has the wrong class")
    return args if size else (cls,)


# Types saved without a memo check, whose instances are never shared by reference
_ATOMIC = {
    _NoneType: Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

# Exact types with their own opcodes (subclasses go through __reduce_ex__)
_DISPATCH = {
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    bytearray: Pickler.save_bytearray,
    type: Pickler.save_type,
    FunctionType: Pickler.save_global,
    BuiltinFunctionType: Pickler.save_builtin_function,
    MethodType: Pickler.save_method,
    type(object.__reduce_ex__): Pickler.save_method_descriptor,
}
