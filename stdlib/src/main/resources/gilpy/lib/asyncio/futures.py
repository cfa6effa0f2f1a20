"""Future: a result that will be set later, awaited by tasks of one event loop.

Unlike concurrent.futures.Future it is not thread-safe and never blocks: result() raises
InvalidStateError until the future is done, and `await future` suspends the awaiting task.
`await` works through __await__, which yields the future itself with _asyncio_future_blocking
set; the Task driving the coroutine sees that and resumes it from the future's done callback.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars
import reprlib
from types import GenericAlias

from . import events
from . import exceptions
from . import format_helpers

_PENDING = format_helpers._PENDING
_CANCELLED = format_helpers._CANCELLED
_FINISHED = format_helpers._FINISHED


def isfuture(obj):
    """True for an asyncio Future, or any object that declares itself one (duck typing)."""
    return hasattr(type(obj), '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


class Future:
    """A result or exception that becomes available later, on one event loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    # True only while the future travels up from __await__ to the task that waits for it.
    _asyncio_future_blocking = False

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        return format_helpers.future_repr_info(self)

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        """Cancels the future and schedules its callbacks; False if it was already done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future (made once per cancellation)."""
        exc = self._cancelled_exc
        if exc is None:
            exc = exceptions.CancelledError() if self._cancel_message is None \
                else exceptions.CancelledError(self._cancel_message)
        self._cancelled_exc = None
        return exc

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) once done, through the loop's call_soon (at once if already done),
        in context (by default a copy of the current one)."""
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        # Kept apart: each raise of the exception adds to its __traceback__.
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(future):
    """The loop of an asyncio future, or of any object with get_loop()."""
    get_loop = getattr(future, 'get_loop', None)
    return get_loop() if get_loop is not None else future._loop


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def _convert_future_exc(exc):
    """concurrent.futures' own cancellation and state errors become asyncio's."""
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if kind is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, destination):
    """Gives the asyncio future destination the outcome of the done future source."""
    if destination.cancelled():
        return
    if source.cancelled():
        destination.cancel()
    else:
        _set_outcome(destination, source)


def _set_concurrent_future_state(destination, source):
    """Gives the concurrent.futures.Future destination the outcome of the future source."""
    if source.cancelled():
        destination.cancel()
    if destination.set_running_or_notify_cancel():
        _set_outcome(destination, source)


def _set_outcome(destination, source):
    """Sets source's result or exception (source being done, not cancelled) on destination."""
    exception = source.exception()
    if exception is not None:
        destination.set_exception(_convert_future_exc(exception))
    else:
        destination.set_result(source.result())


def _chain_future(source, destination):
    """Makes destination follow source's outcome, and source follow destination's cancellation.

    Either may be an asyncio or a concurrent.futures future; an asyncio future is only touched
    from its own loop, through call_soon_threadsafe when the other side lives elsewhere.
    """
    for future, role in ((source, 'source'), (destination, 'destination')):
        if not isfuture(future) and not isinstance(future, concurrent.futures.Future):
            raise TypeError(f'A future is required for {role} argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    destination_loop = _get_loop(destination) if isfuture(destination) else None

    def set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def on_destination_done(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is destination_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(source):
        if destination.cancelled() and destination_loop is not None \
                and destination_loop.is_closed():
            return
        if destination_loop is None or destination_loop is source_loop:
            set_state(destination, source)
        elif not destination_loop.is_closed():
            destination_loop.call_soon_threadsafe(set_state, destination, source)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows the concurrent.futures.Future future."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
