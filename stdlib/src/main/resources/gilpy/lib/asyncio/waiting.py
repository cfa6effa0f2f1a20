"""Awaiting several awaitables at once, or one with a time limit: gather, wait, as_completed,
wait_for, shield.

Each is built from done callbacks: a helper future (the "waiter") is set by the first callback
that has seen enough, and the calling task awaits only that waiter, so cancelling the caller
never cancels the awaited tasks by accident (only gather and wait_for cancel them on purpose).
"""

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
           'as_completed', 'gather', 'shield')

import concurrent.futures
import functools

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .tasks import ensure_future

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(future, loop):
    """Cancels the future and waits until it is done (through a waiter, so that this wait can
    itself be cancelled)."""
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    future.add_done_callback(release)
    try:
        future.cancel()
        await waiter
    finally:
        future.remove_done_callback(release)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks fs; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    remaining = len(fs)

    def on_completion(future):
        nonlocal remaining
        remaining -= 1
        failed = not future.cancelled() and future.exception() is not None
        if remaining <= 0 or return_when == FIRST_COMPLETED \
                or (return_when == FIRST_EXCEPTION and failed):
            _release_waiter(waiter)

    for future in fs:
        future.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for future in fs:
            future.remove_done_callback(on_completion)
    done = {future for future in fs if future.done()}
    return done, fs - done


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError if it takes longer than timeout."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        return await _cancel_for_timeout(fut, loop)
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        return await _cancel_for_timeout(fut, loop)
    finally:
        timer.cancel()


async def _cancel_for_timeout(fut, loop):
    """Cancels fut when its time is up: TimeoutError, unless it finished after all."""
    await _cancel_and_wait(fut, loop)
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise TimeoutError() from exc


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each returning the next result to be ready (in the order
    they finish); after timeout seconds the rest raise TimeoutError."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for future in todo:
            future.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(future):
        if not todo:
            return
        todo.remove(future)
        finished.put_nowait(future)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        future = await finished.get()
        if future is None:
            raise TimeoutError
        return future.result()

    for future in todo:
        future.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels all the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The children's cancellation, once seen in the callback, cancels this future.
            self._cancel_requested = True
        return cancelled_any


def _outcome(child):
    """What gather(return_exceptions=True) lists for a done child."""
    if child.cancelled():
        return exceptions.CancelledError('' if child._cancel_message is None
                                         else child._cancel_message)
    exc = child.exception()
    return child.result() if exc is None else exc


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all the awaitables, in the order given.

    The first exception (or cancellation) of a child becomes the future's own, unless
    return_exceptions, where exceptions are listed among the results. The other children go
    on running either way. Cancelling the returned future cancels every child.
    """
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    futures_of = {}
    children = []
    loop = None
    outer = None
    finished = 0

    def on_child_done(child):
        nonlocal finished
        finished += 1
        if outer.done():
            if not child.cancelled():
                child.exception()  # seen: no "never retrieved" report for it
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if finished < len(futures_of):
            return
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result([_outcome(c) for c in children])

    for arg in coros_or_futures:
        child = futures_of.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            loop = futures._get_loop(child) if loop is None else loop
            futures_of[arg] = child
            # Done callbacks run from the loop, so never before outer is set below.
            child.add_done_callback(on_child_done)
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future that follows arg's outcome, but whose cancellation does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # seen: no "never retrieved" report for it
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer
