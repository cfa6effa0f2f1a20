"""Handles (a callback the loop will call), and which event loop is current in a thread.

The running loop is kept per thread: get_running_loop() answers only inside a callback or a
task of a loop that runs in this thread. The current loop (get_event_loop/set_event_loop) is
the policy's business: the default policy keeps one per thread, and makes one on demand in the
main thread only, as CPython 3.11 does.
"""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop')

import contextvars
import threading

from . import format_helpers


class Handle:
    """A callback and its arguments, scheduled on a loop; cancel() stops it from running.

    The callback runs in the context given, by default a copy of the one current when the
    handle was made.
    """

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers.format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers.format_callback(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock; timers order by that time."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self._when <= other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self._when >= other._when if isinstance(other, TimerHandle) else NotImplemented

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when, self._callback, self._args, self._cancelled) == \
            (other._when, other._callback, other._args, other._cancelled)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop interface; BaseEventLoop is gilpy's one implementation."""


class AbstractEventLoopPolicy:
    """Decides which loop is current in a thread, and how new loops are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; the main thread gets one made on its first request."""

    def __init__(self):
        self._local = threading.local()

    def get_event_loop(self):
        local = self._local
        if getattr(local, 'loop', None) is None and not getattr(local, 'set_called', False) \
                and threading.current_thread() is threading.main_thread():
            self.set_event_loop(self.new_event_loop())
        loop = getattr(local, 'loop', None)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return loop

    def set_event_loop(self, loop):
        self._local.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError('loop must be an instance of AbstractEventLoop or None, '
                            f"not '{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        from .base_events import BaseEventLoop
        return BaseEventLoop()


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Sets the policy; None restores the default one."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


class _RunningLoop(threading.local):
    loop = None


_running = _RunningLoop()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError outside of one."""
    loop = _running.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    loop = _running.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
