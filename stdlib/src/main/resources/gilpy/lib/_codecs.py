"""The codec functions codecs builds on; pickle names _codecs.encode in protocol 0 to 2 pickles of bytes."""


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj with the codec registered for encoding."""
    if not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj with the codec registered for encoding."""
    return bytes(obj).decode(encoding, errors)
