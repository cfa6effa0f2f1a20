"""The JSON scanner: make_scanner(decoder) returns scan_once(string, idx) -> (value, end).

scan_once raises StopIteration(idx) when no JSON value starts at idx; the decoder turns that into
"Expecting value". Error messages and positions are those of CPython's C scanner.
"""

from .errors import JSONDecodeError

__all__ = ["make_scanner", "scanstring"]

WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def skip_whitespace(s, end):
    n = len(s)
    while end < n and s[end] in WHITESPACE:
        end += 1
    return end


def _control_char_index(segment):
    for i, c in enumerate(segment):
        if c < " ":
            return i
    return -1


def _hex4(s, pos):
    """The value of the four hex digits after the 'u' at pos (which the string must not end with)."""
    digits = s[pos + 1:pos + 5]
    if pos + 5 >= len(s) or any(c not in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string whose opening quote is at end - 1.

    Returns (the decoded str, the index after its closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        quote = s.find('"', end)
        backslash = s.find("\\", end, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        segment = s[end:stop] if stop >= 0 else s[end:]
        if strict and not segment.isprintable():
            bad = _control_char_index(segment)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, end + bad)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(segment)
        if stop == quote:
            return "".join(chunks), quote + 1
        pos = backslash + 1
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[pos]
        if esc != "u":
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, backslash)
            chunks.append(char)
            end = pos + 1
            continue
        uni = _hex4(s, pos)
        end = pos + 5
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end:end + 2] == "\\u":
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(uni))


def _match_number(s, idx):
    """(integer part, fraction, exponent, end) of the JSON number at idx, or None."""
    n = len(s)
    i = idx
    if i < n and s[i] == "-":
        i += 1
    if i < n and s[i] == "0":
        i += 1
    elif i < n and "1" <= s[i] <= "9":
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    int_end = i
    frac = exp = ""
    if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
        j = i + 2
        while j < n and s[j] in _DIGITS:
            j += 1
        frac = s[i:j]
        i = j
    if i < n and s[i] in "eE":
        j = i + 1
        if j < n and s[j] in "+-":
            j += 1
        if j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
            exp = s[i:j]
            i = j
    return s[idx:int_end], frac, exp, i


def make_scanner(context):
    """scan_once for a decoder: its strict flag, hooks and parse_* functions."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return scanstring(string, idx + 1, strict)
        if nextchar == "{":
            return parse_object((string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        if nextchar == "[":
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == "n" and string.startswith("null", idx):
            return None, idx + 4
        if nextchar == "t" and string.startswith("true", idx):
            return True, idx + 4
        if nextchar == "f" and string.startswith("false", idx):
            return False, idx + 5
        number = _match_number(string, idx)
        if number is not None:
            integer, frac, exp, end = number
            if frac or exp:
                return parse_float(integer + frac + exp), end
            return parse_int(integer), end
        if nextchar == "N" and string.startswith("NaN", idx):
            return parse_constant("NaN"), idx + 3
        if nextchar == "I" and string.startswith("Infinity", idx):
            return parse_constant("Infinity"), idx + 8
        if nextchar == "-" and string.startswith("-Infinity", idx):
            return parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


py_make_scanner = c_make_scanner = make_scanner
py_scanstring = c_scanstring = scanstring
