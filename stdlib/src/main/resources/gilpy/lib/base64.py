"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 data encodings, as CPython's base64.

Base64 and Base16 run in binascii (Java); the Base32 and Base85 codecs are written here. The
decoders take bytes-like objects or ASCII str; the encoders take bytes-like objects.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76  # the longest line encodebytes() writes
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """A decoder's argument as bytes: ASCII str, or anything with a byte buffer."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not "
                        f"{type(s).__name__!r}") from None


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Base64 of the bytes-like object s; altchars, if given, are two bytes replacing '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 text. Characters outside the alphabet are skipped unless validate is true,
    in which case they (and misplaced padding) raise binascii.Error."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode Base64 in the standard alphabet."""
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b"+/", b"-_")
_URLSAFE_DECODE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Base64 with the URL- and filename-safe alphabet: '-' and '_' for '+' and '/'."""
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    """Decode Base64 in the URL- and filename-safe alphabet."""
    return b64decode(_decode_input(s).translate(_URLSAFE_DECODE))


# ---------------------------------------------------------------- Base32

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# how many characters carry data when a final group holds 1, 2, 3 or 4 bytes
_B32_CHARS_FOR = {0: 0, 1: 2, 2: 4, 3: 5, 4: 7}
_B32_BYTES_FOR_PADDING = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}
_b32_values = {}


def _b32encode(alphabet, s):
    data = memoryview(s).tobytes() if not isinstance(s, bytes_types) else bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        n = int.from_bytes(group.ljust(5, b"\0"), "big")
        chars = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        used = _B32_CHARS_FOR[len(group)] if len(group) < 5 else 8
        out += chars[:used] + b"=" * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    values = _b32_values.get(alphabet)
    if values is None:
        values = _b32_values[alphabet] = {c: v for v, c in enumerate(alphabet)}
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    padding = len(s) - len(body)
    out = bytearray()
    n = 0
    for start in range(0, len(body), 8):
        n = 0
        for c in body[start:start + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            n = n << 5 | v
        out += n.to_bytes(5, "big")
    if padding not in _B32_BYTES_FOR_PADDING:
        raise binascii.Error("Incorrect padding")
    if padding and out:
        # the last group was short: shift its bits into place and keep the bytes it encodes
        last = (n << 5 * padding).to_bytes(5, "big")
        out[-5:] = last[:_B32_BYTES_FOR_PADDING[padding]]
    return bytes(out)


def b32encode(s):
    """Base32 (RFC 4648) of the bytes-like object s."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32. casefold accepts lowercase; map01 ('L' or 'I') reads the digits 0 and 1
    as O and that letter."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 in the extended hex alphabet."""
    return _b32decode(_B32HEX, s, casefold, None)


# ---------------------------------------------------------------- Base16

def b16encode(s):
    """Base16 (uppercase hex) of the bytes-like object s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16; lowercase digits are accepted only with casefold."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b"0123456789ABCDEF"):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- Base85 and Ascii85

_A85_START = b"<~"
_A85_END = b"~>"
_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        b"!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def _85encode(data, alphabet, pad, foldnuls=False, foldspaces=False):
    """Each 4 bytes as 5 base-85 digits; a short last group is zero-filled and, unless pad,
    its extra digits are dropped."""
    if not isinstance(data, bytes_types):
        data = memoryview(data).tobytes()
    filler = -len(data) % 4
    data = bytes(data) + b"\0" * filler
    out = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], "big")
        if foldnuls and word == 0:
            out.append(b"z")
        elif foldspaces and word == 0x20202020:
            out.append(b"y")
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            out.append(bytes(alphabet[d] for d in digits))
    if filler and not pad:
        if out[-1] == b"z":
            out[-1] = alphabet[0:1] * 5
        out[-1] = out[-1][:-filler]
    return b"".join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like object b. foldspaces writes 'y' for four spaces (btoa's
    extension); wrapcol breaks lines; pad keeps a short last group whole; adobe adds <~ ~>."""
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85; the characters in ignorechars are skipped, 'z' is four zero bytes and,
    with foldspaces, 'y' four spaces. With adobe the data must end with ~> (and may start with <~)."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {_A85_END!r}")
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _85word(group, "Ascii85 overflow")
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError(f"Non-Ascii85 digit found: {chr(c)}")
    if group:
        # a short last group was encoded from zero-filled bytes: fill it with the top digit
        kept = len(group) - 1
        out += _85word(group + [84] * (5 - len(group)), "Ascii85 overflow")[:kept]
    return bytes(out)


def _85word(digits, overflow_message):
    value = 0
    for d in digits:
        value = value * 85 + d
    if value > 0xFFFFFFFF:
        raise ValueError(overflow_message)
    return value.to_bytes(4, "big")


def b85encode(b, pad=False):
    """Base85 (as in git binary patches) of the bytes-like object b; pad keeps a short last
    group whole."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """Decode Base85."""
    global _b85_values
    if _b85_values is None:
        _b85_values = {c: v for v, c in enumerate(_B85)}
    b = _decode_input(b)
    filler = -len(b) % 5
    b = b + b"~" * filler
    out = bytearray()
    for start in range(0, len(b), 5):
        digits = []
        for k, c in enumerate(b[start:start + 5]):
            v = _b85_values.get(c)
            if v is None:
                raise ValueError(f"bad base85 character at position {start + k}")
            digits.append(v)
        out += _85word(digits, f"base85 overflow in hunk starting at byte {start}")
    if filler:
        del out[-filler:]
    return bytes(out)


# ---------------------------------------------------------------- MIME-style Base64

def _check_bytes_input(s):
    try:
        memoryview(s)
    except TypeError:
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}") from None


def encodebytes(s):
    """Base64 of the bytes-like object s in lines of at most 76 characters, each ending in a newline."""
    _check_bytes_input(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode the Base64 of encodebytes()."""
    _check_bytes_input(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode the binary file input into Base64 lines written to the binary file output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
