"""Weak references: ref, proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.

gilpy's runtime does not expose object death to Python code, so these references keep their
referents alive: a ref never dies while it exists, the weak containers hold their entries until
removed, and finalize callbacks that are still pending run at interpreter exit (as CPython's do for
objects alive at shutdown). Everything else, from the errors for objects that cannot be weakly
referenced to the reuse of a callback-free ref, follows CPython.
"""

import atexit as _atexit
import itertools as _itertools
import sys as _sys
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_NOT_WEAKREFABLE = {int, bool, float, complex, str, bytes, tuple, list, dict, set, type(None), bytearray,
                    type(Ellipsis), type(NotImplemented), range, slice}

# id(referent) -> (referent, [refs and proxies to it, oldest first])
_registry = {}


def _check_weakrefable(obj):
    t = type(obj)
    if t in _NOT_WEAKREFABLE or (t.__module__ != "builtins" and issubclass(t, (int, tuple, bytes))) \
            or not _instances_have_weakref_slot(t):
        raise TypeError(f"cannot create weak reference to '{t.__name__}' object")


def _instances_have_weakref_slot(cls):
    """False when every class in the MRO declares __slots__ and none of them lists __weakref__."""
    for klass in cls.__mro__:
        if klass is object or klass.__module__ == "builtins":
            continue
        namespace = klass.__dict__
        if "__slots__" not in namespace:
            return True
        slots = namespace["__slots__"]
        if "__weakref__" in ((slots,) if isinstance(slots, str) else slots):
            return True
    return cls.__module__ == "builtins"


def _register(obj, reference):
    entry = _registry.get(id(obj))
    if entry is None:
        _registry[id(obj)] = (obj, [reference])
    else:
        entry[1].append(reference)


def _existing_refs(obj):
    entry = _registry.get(id(obj))
    return entry[1] if entry is not None else []


class ReferenceType:
    """A reference to an object; calling it returns the object."""

    def __new__(cls, obj, callback=None, /, *args, **kwargs):
        _check_weakrefable(obj)
        if callback is None and cls is ReferenceType:
            for existing in _existing_refs(obj):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        self = object.__new__(cls)
        self._referent = obj
        self.__callback__ = callback
        self._hash = None
        _register(obj, self)
        return self

    def __init__(self, obj, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        obj = self._referent
        name = getattr(obj, "__name__", None)
        if isinstance(name, str):
            return f"<weakref at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x} ({name})>"
        return f"<weakref at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __class_getitem__(cls, item):
        from collections.abc import _generic_alias
        return _generic_alias(cls, item)


ReferenceType.__module__ = "weakref"
ref = ReferenceType


def getweakrefcount(object):
    """Return the number of weak references to 'object'."""
    return len(_existing_refs(object))


def getweakrefs(object):
    """Return a list of all weak reference objects pointing to 'object'."""
    return list(_existing_refs(object))


class KeyedRef(ref):
    """ref with an associated key, as WeakValueDictionary stores them."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ref):
    """A weak reference to a bound method: calling it returns a new bound method of the same object."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._referent is other._referent and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    __hash__ = ref.__hash__


################################################################################
# proxies
################################################################################

def _target(p):
    return object.__getattribute__(p, "_referent")


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


class weakproxy:
    """A proxy forwarding every operation to its referent."""

    __slots__ = ("_referent", "__callback__")

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = _target(self)
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)


for _name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift",
              "and", "or", "xor"):
    for _prefix in ("__", "__r", "__i"):
        if _prefix == "__i" and _name == "divmod":
            continue
        setattr(weakproxy, f"{_prefix}{_name}__", _forward(f"{_prefix}{_name}__"))


class weakcallableproxy(weakproxy):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType, CallableProxyType = weakproxy, weakcallableproxy
del weakproxy, weakcallableproxy
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    _check_weakrefable(object)
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        for existing in _existing_refs(object):
            if type(existing) is cls and existing.__callback__ is None:
                return existing
    p = _new_proxy(cls, object, callback)
    _register(object, p)
    return p


def _new_proxy(cls, obj, callback):
    p = object.__new__(cls)
    object.__setattr__(p, "_referent", obj)
    object.__setattr__(p, "__callback__", callback)
    return p


################################################################################
# weak containers
################################################################################

class _WeakDictionary(_MutableMapping):
    """What WeakValueDictionary and WeakKeyDictionary share: a dict holding the entries (gilpy's
    references keep their objects, so the entries are plain), and the mapping methods over it."""

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def copy(self):
        return self.__class__(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]
        self[key] = default
        return default

    def __or__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakDictionary):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check_weakrefable(value)
        self.data[key] = value

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[deepcopy(key, memo)] = value
        return new

    def items(self):
        return list(self.data.items()).__iter__()

    def keys(self):
        return iter(list(self.data))

    def values(self):
        return iter(list(self.data.values()))

    def itervaluerefs(self):
        for key, value in list(self.data.items()):
            yield KeyedRef(value, None, key)

    def valuerefs(self):
        return list(self.itervaluerefs())


class WeakKeyDictionary(_WeakDictionary):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check_weakrefable(key)
        self.data[key] = value

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[key] = deepcopy(value, memo)
        return new

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_MutableSet):
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, "__dict__", None)

    def add(self, item):
        _check_weakrefable(item)
        self.data.add(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        try:
            return self.data.pop()
        except KeyError:
            raise KeyError("pop from empty WeakSet") from None

    def remove(self, item):
        self.data.remove(item)

    def discard(self, item):
        self.data.discard(item)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(other)

    def issuperset(self, other):
        return self.data.issuperset(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(other)
        return self

    def union(self, other):
        return self.__class__(_itertools.chain(self, other))

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return "{" + ", ".join(repr(ref(item)) for item in self.data) + "}" if self.data else "set()"


################################################################################
# finalize
################################################################################

class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object which will be called
    when obj is garbage collected. Here objects stay alive, so a finalizer still pending at exit
    runs then when its atexit attribute is true."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True

    _dirty = False
