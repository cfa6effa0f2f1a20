"""The pickle format: protocol numbers, opcodes, the exceptions, and the name lookups the
pickler and the unpickler share. pickle.py re-exports all of it."""

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

# A frame is closed once it holds this many bytes; a payload this large bypasses frames.
FRAME_SIZE_TARGET = 64 * 1024
# A frame smaller than this is written without its FRAME header.
FRAME_SIZE_MIN = 4
# The items of a list, dict or set go in groups of this many (MARK ... APPENDS).
BATCHSIZE = 1000


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    __module__ = "_pickle"


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object, such as a security
    violation.

    Note that other exceptions may also be raised during unpickling, including (but not
    necessarily limited to) AttributeError, EOFError, ImportError, and IndexError.
    """
    __module__ = "_pickle"


# Protocol 0 and 1
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
# Protocol 2
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
# Protocol 3
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
# Protocol 4
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
# Protocol 5
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"


def getattribute(obj, name):
    """Follows the dotted name from obj: (the object, the one holding it). AttributeError when a
    part is missing or is a function's local ("<locals>")."""
    parent = None
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def raw_unicode_escape(text):
    """text in the raw-unicode-escape encoding (UNICODE opcode): latin-1, other characters as \\uXXXX."""
    if text.isascii():
        return text.encode("ascii")
    parts = []
    for ch in text:
        code = ord(ch)
        parts.append(ch if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(parts).encode("latin-1")


def raw_unicode_unescape(data):
    """Decodes raw-unicode-escape: a \\uXXXX or \\UXXXXXXXX after an odd run of backslashes is a character."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    parts = []
    i = 0
    n = len(text)
    while i < n:
        start = text.find("\\", i)
        if start < 0:
            parts.append(text[i:])
            break
        end = start
        while end < n and text[end] == "\\":
            end += 1
        odd = (end - start) % 2 == 1
        if odd and end < n and text[end] in "uU":
            width = 4 if text[end] == "u" else 8
            digits = text[end + 1:end + 1 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise UnicodeDecodeError("rawunicodeescape", data, end - 1, end + 1 + len(digits),
                                         "truncated \\uXXXX escape")
            parts.append(text[i:end - 1])
            parts.append(chr(int(digits, 16)))
            i = end + 1 + width
        else:
            parts.append(text[i:end])
            i = end
    return "".join(parts)


_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v", "\n": ""}


def escape_decode(data):
    """The bytes a Python 2 str literal's body (STRING opcode) stands for: backslash escapes resolved."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return data
    parts = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch != "\\" or i == n:
            parts.append(ch)
            continue
        ch = text[i]
        i += 1
        if ch in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[ch])
        elif ch == "x":
            parts.append(chr(int(text[i:i + 2], 16)))
            i += 2
        elif ch in "01234567":
            end = i
            while end < n and end < i + 2 and text[end] in "01234567":
                end += 1
            parts.append(chr(int(text[i - 1:end], 8) & 0xff))
            i = end
        else:
            parts.append("\\" + ch)
    return "".join(parts).encode("latin-1")
