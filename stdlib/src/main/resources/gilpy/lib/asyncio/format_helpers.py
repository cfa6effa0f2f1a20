"""How asyncio names callbacks, coroutines and futures in its reprs and error reports.

A callback reads as `qualname(args) at file:line`, a coroutine as `qualname() running at
file:line` (or `done, defined at` once finished), a future as its state and then its result or
exception and its callbacks, as CPython shows them.
"""

import functools
import inspect
import reprlib

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def function_source(func):
    """(filename, first line) of the Python function behind func, or None."""
    while True:
        func = inspect.unwrap(func)
        if isinstance(func, (functools.partial, functools.partialmethod)):
            func = func.func
        else:
            break
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    return None


def _format_arguments(args, kwargs):
    parts = [reprlib.repr(arg) for arg in args or ()]
    parts.extend(f'{key}={reprlib.repr(value)}' for key, value in (kwargs or {}).items())
    return '(' + ', '.join(parts) + ')'


def _format_call(func, args, kwargs):
    suffix = ''
    while isinstance(func, functools.partial):
        suffix = _format_arguments(args, kwargs) + suffix
        func, args, kwargs = func.func, func.args, func.keywords
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_arguments(args, kwargs) + suffix


def format_callback(func, args, kwargs=None):
    """`name(args) at file:line`: a callback as a Handle or a Future's repr shows it."""
    text = _format_call(func, args, kwargs)
    source = function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def format_coroutine(coro):
    """`main() running at file:line`, or `main() done, defined at file:line` once finished."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def _format_callbacks(callbacks):
    names = [format_callback(callback, ()) for callback, _context in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


def future_repr_info(future):
    """The words inside a Future's repr: state, result or exception, callbacks."""
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info
