"""JSONEncoder: turns Python objects into JSON text."""

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join(_ESCAPES.get(c, c) for c in s) + '"'


def _escape_ascii(c):
    escaped = _ESCAPES.get(c)
    if escaped is not None:
        return escaped
    n = ord(c)
    if " " <= c <= "~":
        return c
    if n < 0x10000:
        return "\\u{0:04x}".format(n)
    n -= 0x10000
    return "\\u{0:04x}\\u{1:04x}".format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join(map(_escape_ascii, s)) + '"'


py_encode_basestring = c_encode_basestring = encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None (and their subclasses).
    To extend this to recognize other objects, subclass and implement a ``.default()`` method
    that returns a serializable object for ``o`` if possible, otherwise it should call the
    superclass implementation (to raise ``TypeError``)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object for ``o``,
        or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        chunks = []
        _Encoding(self, chunks).value(o, 0)
        return iter(chunks)


class _Encoding:
    """One encoding run: the options of an encoder, the output chunks and the circularity markers."""

    def __init__(self, encoder, chunks):
        self.encoder = encoder
        self.out = chunks.append
        self.markers = {} if encoder.check_circular else None
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator

    def float_str(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_str(o)
        return None

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(marker)

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def newline(self, level):
        return "\n" + self.indent * level

    def array(self, lst, level):
        if not lst:
            self.out("[]")
            return
        marker = self.enter(lst)
        separator = self.item_separator
        if self.indent is None:
            self.out("[")
        else:
            level += 1
            self.out("[" + self.newline(level))
            separator += self.newline(level)
        first = True
        for item in lst:
            if not first:
                self.out(separator)
            first = False
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            self.out(self.newline(level))
        self.out("]")
        self.leave(marker)

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def object(self, dct, level):
        if not dct:
            self.out("{}")
            return
        marker = self.enter(dct)
        separator = self.item_separator
        if self.indent is None:
            self.out("{")
        else:
            level += 1
            self.out("{" + self.newline(level))
            separator += self.newline(level)
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_str(key)
            if key is None:
                continue
            if not first:
                self.out(separator)
            first = False
            self.out(self.encode_str(key))
            self.out(self.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            self.out(self.newline(level))
        self.out("}")
        self.leave(marker)
