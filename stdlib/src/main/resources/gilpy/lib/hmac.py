"""HMAC (keyed-hashing for message authentication, RFC 2104) over hashlib's hash objects."""

import hashlib as _hashlib

__all__ = ['new', 'HMAC', 'digest', 'compare_digest', 'digest_size']

# The size of the digests returned by HMAC depends on the hash; this module-level value is None.
digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object for digestmod: a name, a constructor or a module."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


class HMAC:
    """An HMAC computation: feed the message with update(), read it with digest() or hexdigest()."""

    blocksize = 64  # 512-bit HMAC; the real block size comes from the hash

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        self.block_size = getattr(self._inner, 'block_size', self.blocksize)
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key) + bytes(self.block_size - len(key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of the computation so far."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _finished_outer(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The HMAC of the message so far, as bytes; the computation can go on."""
        return self._finished_outer().digest()

    def hexdigest(self):
        """The HMAC of the message so far, as hexadecimal text."""
        return self._finished_outer().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for key, fed msg if given, over the hash named or made by digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the given hash, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """Whether a == b, taking a time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
