"""Shallow and deep copy operations: copy(x), deepcopy(x, memo).

Classes control copying with __copy__ and __deepcopy__(memo), or through the pickle protocol
(__reduce_ex__, __reduce__, __getnewargs__, __getstate__, __setstate__). Without any of those an
instance is rebuilt with cls.__new__(cls) and its __dict__ and __slots__ values.
"""

import copyreg
import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Types whose instances are their own copies, shallow or deep.
_atomic_types = {type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range, slice,
                 property, types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), types.FunctionType,
                 types.CodeType, weakref.ref}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deepcopy_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic_types if t not in (tuple, frozenset, slice)}
_deepcopy_dispatch[slice] = _deepcopy_slice
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_frozenset
_deepcopy_dispatch[bytearray] = _deepcopy_bytearray
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps x alive as long as memo, so that its id cannot be reused by another object meanwhile."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    """The pickle protocol's reduction of x, as pickle finds it: copyreg's dispatch table, then
    __reduce_ex__(4) (object's default rebuilds through __getnewargs__ and __getstate__), then
    __reduce__. A str means x is a global: it is its own copy."""
    cls = type(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(f"un(deep)copyable object of type {cls}")


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
