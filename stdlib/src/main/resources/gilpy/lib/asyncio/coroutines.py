"""What asyncio accepts as a coroutine, and as a coroutine function."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import inspect
import types

# Set as `func._is_coroutine` by code that marks a plain function as a coroutine function.
_is_coroutine = object()

# A generator still counts in 3.11 (generator-based coroutines are removed in 3.12).
_COROUTINE_TYPES = tuple(kind for kind in (getattr(types, 'CoroutineType', None),
                                           types.GeneratorType, collections.abc.Coroutine)
                         if kind is not None)


def iscoroutinefunction(func):
    """True if func is an `async def` function (or marked as one)."""
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True if obj is a coroutine object: what a Task can drive."""
    return isinstance(obj, _COROUTINE_TYPES)
