"""Futures and the ways to wait for them: Future, Executor, wait, as_completed and their errors.

A Future moves through PENDING, then RUNNING (or CANCELLED), then FINISHED (or
CANCELLED_AND_NOTIFIED once its executor has seen the cancellation). Its condition guards the
state; every thread blocked in result(), exception(), wait() or as_completed() sleeps on a
threading primitive, so it releases the GIL while it waits.

wait() and as_completed() watch many futures at once by installing one waiter object in each of
them: a future that completes tells all its waiters, and a waiter wakes its thread when the
condition it stands for (first completed, first exception, all completed, each completion) holds.
"""

import collections
import os
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _log(level, message, *args, exc_info=False):
    """Logs on the "concurrent.futures" logger at level ('error', 'critical'), as CPython does."""
    import logging
    getattr(logging.getLogger("concurrent.futures"), level)(message, *args, exc_info=exc_info)


class Error(Exception):
    """Base class for the errors of this package."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is in a state that does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work: one of its workers failed to start or died."""


# ---------------------------------------------------------------- waiters

class _Waiter:
    """Collects the futures that complete while a wait() or as_completed() watches them."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Wakes as_completed() at every completion; its lock lets it take the batch atomically."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """Wakes wait(return_when=FIRST_COMPLETED) at the first completion."""

    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """Wakes wait() once every pending future completed, or at the first exception if asked."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the conditions of many futures at once, always taken in the same (id) order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in _DONE_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


# ---------------------------------------------------------------- as_completed and wait

def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled), each once.

    Futures already done come first. Raises TimeoutError if some are still unfinished timeout
    seconds after the call; duplicates in fs are yielded once.
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(finished)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        yield from _yield_finished(finished, waiter, (fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            yield from _yield_finished(finished, waiter, (fs, pending))
    finally:
        _uninstall_waiter(fs, waiter)


def _yield_finished(finished, waiter, owners):
    """Yields finished from its end, forgetting each future (in owners, and its waiter) first."""
    while finished:
        f = finished[-1]
        for owner in owners:
            owner.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield finished.pop()


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until return_when holds for the futures of fs, or timeout seconds have passed.

    Returns DoneAndNotDoneFutures(done, not_done), two sets.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---------------------------------------------------------------- Future

class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    outcome = ' raised ' + type(self._exception).__name__
                else:
                    outcome = ' returned ' + type(self._result).__name__
            else:
                outcome = ''
            return '<%s at %#x state=%s%s>' % (type(self).__name__, id(self), description, outcome)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call_callback(callback)

    def _call_callback(self, callback):
        try:
            callback(self)
        except Exception:
            _log('error', 'exception calling callback for %r', self, exc_info=True)

    def cancel(self):
        """Cancels the future unless it is running or finished; returns whether it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the future was cancelled or finished running."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        """The result, or raises the exception (the caller holds the condition, state FINISHED)."""
        if self._exception is None:
            return self._result
        try:
            raise self._exception
        finally:
            # the traceback would keep this frame and self alive in a cycle
            self = None

    def add_done_callback(self, fn):
        """Calls fn(future) once the future is done, at once if it already is.

        Exceptions from fn are logged and otherwise ignored.
        """
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        self._call_callback(fn)

    def _wait_done(self, timeout):
        """Waits (holding the condition) until done; raises CancelledError or TimeoutError."""
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Returns the call's result, waiting up to timeout seconds (None: without limit).

        Raises CancelledError if the future was cancelled, TimeoutError if it did not finish in
        time, and the call's own exception if it raised one.
        """
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """Returns the exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or records that its cancellation was seen (False).

        Raises RuntimeError if the future is already running or finished.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log('critical', 'Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish(result, None, raised=False)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish(None, exception, raised=True)

    def _finish(self, result, exception, raised):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if raised:
                    waiter.add_exception(self)
                else:
                    waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------- interpreter exit

class _ThreadsToJoinAtExit:
    """The threads executors keep running (pool threads, process pool managers), each with how to wake it.

    At interpreter exit, before the non-daemon threads are joined, it marks the interpreter as
    shutting down (executors then refuse new calls), wakes every thread so that it finishes the
    calls already submitted and ends, and joins them. Entries belong to the process that made
    them: a forked child inherits its parent's and leaves them alone.
    """

    def __init__(self):
        # held by submit() around its check of shutting_down and its add()
        self.lock = threading.Lock()
        self.shutting_down = False
        self._threads = {}  # thread -> (pid, wake)
        threading._register_atexit(self._exit)

    def add(self, thread, wake):
        """Registers thread (the caller holds lock); wake() makes it look at shutting_down."""
        self._threads[thread] = (os.getpid(), wake)

    def check_open(self, executor, broken_error):
        """Raises what submit() raises on an executor that is broken or shut down (the caller holds lock)."""
        if executor._broken:
            raise broken_error(executor._broken)
        if executor._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self.shutting_down:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')

    def discard(self, thread):
        with self.lock:
            self._threads.pop(thread, None)

    def _exit(self):
        with self.lock:
            self.shutting_down = True
            mine = [(thread, wake) for thread, (pid, wake) in self._threads.items() if pid == os.getpid()]
        for _, wake in mine:
            wake()
        for thread, _ in mine:
            thread.join()


# ---------------------------------------------------------------- Executor

def _result_or_cancel(future, timeout=None):
    """The future's result; the future is cancelled if that raised (a timeout, say)."""
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


class Executor:
    """Runs calls asynchronously; subclasses say where (threads, processes)."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns the Future of its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently; the results come in order.

        All calls are submitted at once. Iterating raises TimeoutError if a result is not ready
        timeout seconds after map() was called, and the first exception a call raised; either
        cancels the calls that have not started. chunksize is used by ProcessPoolExecutor only.
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # popping from the end drops each future as soon as its result is handed out
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the submitted calls are done; submit() fails from now on.

        wait: return only when the pending calls have run and the resources are freed.
        cancel_futures: cancel the calls that have not started.
        """

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
