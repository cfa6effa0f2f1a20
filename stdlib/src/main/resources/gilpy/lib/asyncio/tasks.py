"""Task: a Future that drives a coroutine, one step per event loop callback.

A step sends None into the coroutine (or throws the exception a future ended with). The
coroutine runs until the innermost `await` reaches a Future's __await__, which yields that
future; the step then registers itself as the future's done callback and returns to the loop.
When the coroutine returns, its StopIteration carries the task's result.

Cancelling a task cancels the future it waits for, so the CancelledError is thrown into the
coroutine at the `await`; the coroutine may catch it. cancelling() counts the requests and
uncancel() takes one back, which is how timeout() and TaskGroup tell their own cancellations
from the ones meant for the task.
"""

__all__ = ('Task', 'create_task', 'sleep', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', '_register_task', '_unregister_task', '_enter_task',
           '_leave_task')

import concurrent.futures
import contextvars
import inspect
import itertools
import linecache
import sys
import traceback
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_task_name_counter = itertools.count(1).__next__

# Every task not yet collected, and the task each running loop is stepping right now.
_all_tasks = weakref.WeakSet()
_current_tasks = {}


class Task(futures.Future):
    """A coroutine scheduled on an event loop, and the future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{_task_name_counter()}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # Every step runs in this context: what the coroutine sets stays its own.
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{format_helpers.format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        """The frames of the task: where its coroutine is suspended (the frame itself, as a
        suspended coroutine has no caller), or, if it failed, its exception's traceback."""
        coro = self._coro
        frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
        if frame is not None:
            frames = []
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            return frames[::-1]
        frames = []
        tb = self._exception.__traceback__ if self._exception is not None else None
        while tb is not None and (limit is None or len(frames) < limit):
            if tb.tb_frame.f_code not in _MACHINERY:
                frames.append(tb.tb_frame)
            tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Prints get_stack() as a traceback, to file (sys.stderr by default)."""
        file = sys.stderr if file is None else file
        entries = [(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name,
                    linecache.getline(frame.f_code.co_filename, frame.f_lineno,
                                      frame.f_globals))
                   for frame in self.get_stack(limit=limit)]
        if not entries:
            print(f'No stack for {self!r}', file=file)
        elif self._exception is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        traceback.print_list(entries, file=file)
        if self._exception is not None:
            print(''.join(traceback.format_exception_only(type(self._exception),
                                                          self._exception)), file=file, end='')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Asks the coroutine to stop: a CancelledError is thrown into it at its next step.

        Returns False if the task is already done. The coroutine may still catch the error.
        """
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The step woken by that future's cancellation throws CancelledError in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """The number of cancellation requests not taken back by uncancel()."""
        return self._num_cancels_requested

    def uncancel(self):
        """Takes back one cancellation request; returns how many are left."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        """Runs the coroutine to its next suspension, throwing exc into it if given."""
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing: the task ends cancelled.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            cancelled.__traceback__ = _without_machinery(cancelled.__traceback__)
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as error:
            super().set_exception(error)
            raise
        except BaseException as error:
            error.__traceback__ = _without_machinery(error.__traceback__)
            super().set_exception(error)
        else:
            self._wait_for(result)
        finally:
            _leave_task(self._loop, self)

    def _wait_for(self, result):
        """Handles what the coroutine yielded: a future to wait for, or None to let others run."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} '
                                     'attached to a different loop')
            elif not blocking:
                error = RuntimeError('yield was used instead of yield from '
                                     f'in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)) gives the other callbacks one turn.
            self._loop.call_soon(self._step, context=self._context)
            return
        elif inspect.isgenerator(result):
            error = RuntimeError('yield was used instead of yield from for '
                                 f'generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self._step, error, context=self._context)

    def task_wakeup(self, future):
        """The done callback of the future the task waits for (named as CPython's reprs show it)."""
        try:
            future.result()
        except BaseException as exc:
            exc.__traceback__ = _without_machinery(exc.__traceback__)
            self._step(exc)
        else:
            self._step()


# The frames of the plumbing between tasks and futures, which CPython's tasks and futures
# (written in C) never add to a traceback.
_MACHINERY = frozenset(function.__code__ for function in (
    Task._step, Task.task_wakeup, futures.Future.result, futures.Future.__await__))


def _without_machinery(tb):
    """The traceback tb without the entries of _MACHINERY (tb is relinked in place)."""
    while tb is not None and tb.tb_frame.f_code in _MACHINERY:
        tb = tb.tb_next
    entry = tb
    while entry is not None:
        following = entry.tb_next
        while following is not None and following.tb_frame.f_code in _MACHINERY:
            following = following.tb_next
        entry.tb_next = following
        entry = following
    return tb


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop; returns its Task."""
    loop = events.get_running_loop()
    task = loop.create_task(coro) if context is None else loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def _set_task_name(task, name):
    if name is not None:
        set_name = getattr(task, 'set_name', None)
        if set_name is not None:
            set_name(name)


def current_task(loop=None):
    """The task being stepped on the loop (the running one by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of the loop (the running one by default) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_all_tasks)
            if futures._get_loop(task) is loop and not task.done()}


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself if a future, a new Task for a coroutine, or a Task
    awaiting any other awaitable."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if not inspect.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def run_coroutine_threadsafe(coro, loop):
    """Submits the coroutine to a loop running in another thread; returns a
    concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def schedule():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(schedule)
    return future


class _YieldOnce:
    """An awaitable that suspends the task for exactly one loop iteration."""

    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the task for delay seconds (0: one loop iteration), then returns result."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()
