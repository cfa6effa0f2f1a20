"""The event loop: ready callbacks, timers, and a wait for either when there is nothing to do.

One iteration (_run_once) moves the timers that are due onto the ready queue, then runs the
callbacks that were ready when it began; callbacks they schedule run in the next iteration. A
task is such a chain of callbacks: each step of its coroutine is one.

gilpy's loop has no sockets, so no selector: when no callback is ready it waits on a
threading.Condition until the first timer is due, or until call_soon_threadsafe() (from another
thread: an executor, to_thread, a concurrent future) notifies it. That wait blocks in Java and
releases the GIL, so other threads run meanwhile, as they do during CPython's select().
"""

__all__ = ('BaseEventLoop',)

import collections
import concurrent.futures
import heapq
import logging
import sys
import threading
import time
import warnings
import weakref

from . import coroutines
from . import events
from . import futures
from . import tasks
from . import waiting

# A cancelled timer stays in the heap until the heap is this much cancelled timers.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest single wait, as CPython's longest select() timeout.
_MAXIMUM_WAIT = 24 * 3600

logger = logging.getLogger('asyncio')


def _run_until_complete_cb(future):
    if not future.cancelled():
        exc = future.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() has already stopped: it is propagating the exception.
            return
    futures._get_loop(future).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """gilpy's event loop (the one new_event_loop() makes)."""

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._task_factory = None
        self._debug = sys.flags.dev_mode
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._old_agen_hooks = None
        self._wakeup = threading.Condition(threading.Lock())
        self._wakeup_pending = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ------------------------------------------------------------ futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedules the coroutine as a Task (or what the task factory makes of it)."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro) if context is None \
            else self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ------------------------------------------------------------ running and stopping

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        self._install_asyncgen_hooks()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            self._restore_asyncgen_hooks()

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, wrapped in a Task) is done; returns its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is propagating: it was seen, so the task needs no report.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        if not future.cancelled() and future.exception() is not None:
            # Raised from here, without a frame of result(), as in CPython's traceback.
            raise future.exception()
        return future.result()

    def stop(self):
        """Stops run_forever() after the callbacks of the current iteration."""
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Drops pending callbacks and shuts down the default executor without waiting."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # ------------------------------------------------------------ scheduling callbacks

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) in the next iteration, after those already scheduled."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) once delay seconds have passed."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) once the loop's time() reaches when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for other threads: also wakes the loop if it is waiting."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        if self._thread_id is not None and self._thread_id != threading.get_ident():
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _write_to_self(self):
        with self._wakeup:
            self._wakeup_pending = True
            self._wakeup.notify()

    def _wait_for_work(self, timeout):
        """Waits until timeout passes or another thread scheduled a callback."""
        with self._wakeup:
            if not self._wakeup_pending:
                self._wakeup.wait(timeout)
            self._wakeup_pending = False

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        if len(scheduled) > _MIN_SCHEDULED_TIMER_HANDLES and \
                self._timer_cancelled_count / len(scheduled) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION:
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
            return
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(scheduled)._scheduled = False

    def _run_once(self):
        """One iteration: wait if idle, make due timers ready, run what was ready."""
        self._drop_cancelled_timers()
        scheduled = self._scheduled
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(max(0, scheduled[0]._when - self.time()), _MAXIMUM_WAIT)
        else:
            timeout = None
        if timeout != 0:
            self._wait_for_work(timeout)
        end_time = self.time() + self._clock_resolution
        while scheduled and scheduled[0]._when < end_time:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    # ------------------------------------------------------------ executors

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in the executor (a thread pool by default); returns a Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            executor = self._default_executor
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    async def shutdown_default_executor(self):
        """Waits, in a helper thread, for the default executor's threads to finish."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._shut_down_executor, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _shut_down_executor(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # ------------------------------------------------------------ asynchronous generators

    def _install_asyncgen_hooks(self):
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        if get_hooks is not None:
            self._old_agen_hooks = get_hooks()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)

    def _restore_asyncgen_hooks(self):
        if self._old_agen_hooks is not None:
            sys.set_asyncgen_hooks(*self._old_agen_hooks)
            self._old_agen_hooks = None

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the asynchronous generators that were started and not finished."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await waiting.gather(*[agen.aclose() for agen in closing],
                                       return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # ------------------------------------------------------------ errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) replaces default_exception_handler; None restores it."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the message, the other context entries and the exception's traceback as an
        error of the 'asyncio' logger (to stderr, unless logging is configured otherwise)."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exception = context.get('exception')
        exc_info = (type(exception), exception, exception.__traceback__) \
            if exception is not None else False
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Reports an error no code awaited: to the handler set, else the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                self._report_handler_failure('Exception in default exception handler')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                self._report_handler_failure('Exception in default exception handler while '
                                             'handling an unexpected error in custom '
                                             'exception handler')

    def _report_handler_failure(self, message):
        logger.error(message, exc_info=True)
