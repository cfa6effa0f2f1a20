"""JSONDecoder: turns JSON text into Python objects."""

from .errors import JSONDecodeError
from .scanner import make_scanner, scanstring, skip_whitespace, WHITESPACE

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Parses the members of an object whose '{' is just before end."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    memo_get = memo.setdefault
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in WHITESPACE:
            end = skip_whitespace(s, end)
            nextchar = s[end:end + 1]
        if nextchar == "}":
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        if nextchar != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo_get(key, key)
        if s[end:end + 1] != ":":
            end = skip_whitespace(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = skip_whitespace(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        end = skip_whitespace(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == "}":
            break
        if nextchar != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = skip_whitespace(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once):
    """Parses the elements of an array whose '[' is just before end."""
    s, end = s_and_end
    values = []
    end = skip_whitespace(s, end)
    if s[end:end + 1] == "]":
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        end = skip_whitespace(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == "]":
            break
        if nextchar != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = skip_whitespace(s, end)
    return values, end


class JSONDecoder:
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default: object -> dict, array -> list,
    string -> str, number (int) -> int, number (real) -> float, true -> True, false -> False,
    null -> None. It also understands NaN, Infinity, and -Infinity as their corresponding float
    values, which is outside the JSON spec."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=skip_whitespace(s, 0))
        end = skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and return a
        2-tuple of the Python representation and the index in ``s`` where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
