"""pickle.Unpickler: runs the pickle machine over a stream of opcodes to rebuild the object.

The machine has a stack, a stack of marks (each MARK saves the current stack and starts an
empty one; the opcodes that take "everything since the mark" pop it back), and the memo, the
objects numbered by PUT/MEMOIZE for GET. Frames need no work here: their contents are the same
opcode stream, read through.
"""

import sys
from struct import unpack
import copyreg
from _pickle_format import *
from _pickle_format import getattribute as _getattribute, raw_unicode_unescape, escape_decode


# What the STOP handler returns (every other handler returns None): the object is complete.
_STOPPED = object()


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    load() reads one pickled object from file, which needs read() and readline()."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file = file
        seekable = getattr(file, "seekable", None)
        self._seekable = seekable is not None and seekable()
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load "
                              "function was specified.")

    def load(self):
        """Reads one pickled object from the file and returns it."""
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self._file_read
        dispatch = _DISPATCH
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                if dispatch[key[0]](self) is _STOPPED:
                    return self._value
        finally:
            self.stack = self.metastack = self._value = None

    # ------------------------------------------------------------------ reading

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._file_readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data

    def pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def pop_mark(self):
        """The items pushed since the last MARK; the stack before it becomes current again."""
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            from _compat_pickle import NAME_MAPPING, IMPORT_MAPPING
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    # ------------------------------------------------------------------ opcodes

    def load_proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def load_frame(self):
        n = unpack("<Q", self.read(8))[0]
        if self._seekable:
            # The frame's bytes are the opcodes that follow: check they are all there, then read on.
            start = self._file.tell()
            self.read(n)
            self._file.seek(start)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        persistent_load = self.persistent_load
        if getattr(persistent_load, "__func__", None) is Unpickler.persistent_load:
            persistent_load(None)
        self.append(persistent_load(self.pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            self.append(False)
        elif data == b"01\n":
            self.append(True)
        else:
            self.append(int(data, 0))

    def load_binint(self):
        self.append(unpack("<i", self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(unpack("<H", self.read(2))[0])

    def load_long(self):
        data = self.readline()[:-1]
        if data.endswith(b"L"):
            data = data[:-1]
        self.append(int(data, 0))

    def load_long1(self):
        self.append(decode_long(self.read(self.read(1)[0])))

    def load_long4(self):
        n = unpack("<i", self.read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1].decode("ascii")))

    def load_binfloat(self):
        self.append(unpack(">d", self.read(8))[0])

    def _decode_string(self, data):
        """A Python 2 str: bytes with encoding "bytes", else decoded with the given encoding."""
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(escape_decode(data)))

    def load_binstring(self):
        n = unpack("<i", self.read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        self.append(self._decode_string(self.read(self.read(1)[0])))

    def load_binbytes(self):
        self.append(self.read(unpack("<I", self.read(4))[0]))

    def load_short_binbytes(self):
        self.append(self.read(self.read(1)[0]))

    def load_binbytes8(self):
        self.append(self.read(unpack("<Q", self.read(8))[0]))

    def load_bytearray8(self):
        self.append(bytearray(self.read(unpack("<Q", self.read(8))[0])))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            self.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer(self):
        self.top()

    def load_unicode(self):
        self.append(raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        self.append(self.read(unpack("<I", self.read(4))[0]).decode("utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        self.append(self.read(self.read(1)[0]).decode("utf-8", "surrogatepass"))

    def load_binunicode8(self):
        self.append(self.read(unpack("<Q", self.read(8))[0]).decode("utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.top(),)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            self.append(cls(*args))
        else:
            self.append(cls.__new__(cls))

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        self._instantiate(self.find_class(module, name), self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(args.pop(0), args)

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"NEWOBJ_EX class argument must be a type, not {type(cls).__name__}")
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, self)
        if obj is not self:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack("<H", self.read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack("<i", self.read(4))[0])

    def load_reduce(self):
        args = self.pop()
        func = self.top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {idx}") from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack("<I", self.read(4))[0])

    def load_put(self):
        idx = int(self.readline()[:-1])
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self.top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.top()

    def load_long_binput(self):
        self.memo[unpack("<I", self.read(4))[0]] = self.top()

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self.top()

    def load_append(self):
        value = self.pop()
        self.top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self.top()
        if type(target) is list:
            target.extend(items)
            return
        try:
            extend = target.extend
        except AttributeError:
            append = target.append
            for item in items:
                append(item)
        else:
            extend(items)

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self.top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        self._value = self.pop()
        return _STOPPED


_OPCODES = {
    PROTO: Unpickler.load_proto, FRAME: Unpickler.load_frame, PERSID: Unpickler.load_persid,
    BINPERSID: Unpickler.load_binpersid, NONE: Unpickler.load_none, NEWFALSE: Unpickler.load_false,
    NEWTRUE: Unpickler.load_true, INT: Unpickler.load_int, BININT: Unpickler.load_binint,
    BININT1: Unpickler.load_binint1, BININT2: Unpickler.load_binint2, LONG: Unpickler.load_long,
    LONG1: Unpickler.load_long1, LONG4: Unpickler.load_long4, FLOAT: Unpickler.load_float,
    BINFLOAT: Unpickler.load_binfloat, STRING: Unpickler.load_string, BINSTRING: Unpickler.load_binstring,
    SHORT_BINSTRING: Unpickler.load_short_binstring, BINBYTES: Unpickler.load_binbytes,
    SHORT_BINBYTES: Unpickler.load_short_binbytes, BINBYTES8: Unpickler.load_binbytes8,
    BYTEARRAY8: Unpickler.load_bytearray8, NEXT_BUFFER: Unpickler.load_next_buffer,
    READONLY_BUFFER: Unpickler.load_readonly_buffer, UNICODE: Unpickler.load_unicode,
    BINUNICODE: Unpickler.load_binunicode, SHORT_BINUNICODE: Unpickler.load_short_binunicode,
    BINUNICODE8: Unpickler.load_binunicode8, TUPLE: Unpickler.load_tuple, EMPTY_TUPLE: Unpickler.load_empty_tuple,
    TUPLE1: Unpickler.load_tuple1, TUPLE2: Unpickler.load_tuple2, TUPLE3: Unpickler.load_tuple3,
    EMPTY_LIST: Unpickler.load_empty_list, EMPTY_DICT: Unpickler.load_empty_dict,
    EMPTY_SET: Unpickler.load_empty_set, FROZENSET: Unpickler.load_frozenset, LIST: Unpickler.load_list,
    DICT: Unpickler.load_dict, INST: Unpickler.load_inst, OBJ: Unpickler.load_obj, NEWOBJ: Unpickler.load_newobj,
    NEWOBJ_EX: Unpickler.load_newobj_ex, GLOBAL: Unpickler.load_global, STACK_GLOBAL: Unpickler.load_stack_global,
    EXT1: Unpickler.load_ext1, EXT2: Unpickler.load_ext2, EXT4: Unpickler.load_ext4, REDUCE: Unpickler.load_reduce,
    POP: Unpickler.load_pop, POP_MARK: Unpickler.load_pop_mark, DUP: Unpickler.load_dup, GET: Unpickler.load_get,
    BINGET: Unpickler.load_binget, LONG_BINGET: Unpickler.load_long_binget, PUT: Unpickler.load_put,
    BINPUT: Unpickler.load_binput, LONG_BINPUT: Unpickler.load_long_binput, MEMOIZE: Unpickler.load_memoize,
    APPEND: Unpickler.load_append, APPENDS: Unpickler.load_appends, SETITEM: Unpickler.load_setitem,
    SETITEMS: Unpickler.load_setitems, ADDITEMS: Unpickler.load_additems, BUILD: Unpickler.load_build,
    MARK: Unpickler.load_mark, STOP: Unpickler.load_stop,
}


def _invalid(code):
    shown = chr(code) if 0x20 <= code < 0x7f else f"\\x{code:02x}"

    def load_invalid(self):
        raise UnpicklingError(f"invalid load key, '{shown}'.")
    return load_invalid


# opcode byte -> handler; unknown bytes raise "invalid load key"
_DISPATCH = [_OPCODES.get(bytes((code,))) or _invalid(code) for code in range(256)]
