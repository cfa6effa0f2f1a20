"""Helpers for pickle and copy: the registry of reduction functions for extension types, the
constructors that object.__reduce_ex__ names in its reductions (__newobj__, __newobj_ex__,
_reconstructor), the reduction for protocols 0 and 1, and the extension code registry.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function(obj) returning a reduction: consulted by pickle and copy before __reduce_ex__
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    """Rebuilds what _reduce_ex took apart: an instance of cls made by its first builtin base."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _builtin_base(cls):
    """The first class along cls's MRO that is not made by a class statement."""
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            return base
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled with protocol {proto}") from None
        dict = getattr(self, "__dict__", None)
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases, mangled, without __dict__ and __weakref__;
    cached as cls.__slotnames__ (None for a builtin class, whose slots are not reachable)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    name = f"_{stripped}{name}" if stripped else name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# The extension registry: (module, name) pairs pickled as small codes (EXT1/EXT2/EXT4)
_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}  # code -> (module, name)
_extension_cache = {}  # code -> object


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
