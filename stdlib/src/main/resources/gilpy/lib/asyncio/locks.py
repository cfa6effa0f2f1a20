"""Synchronisation between the tasks of one event loop: Lock, Event, Condition, Semaphore,
BoundedSemaphore, Barrier.

They are not thread-safe (threading's are for threads). A task that must wait appends a future
to the primitive's waiters and awaits it; release() or set() completes the first (or every)
waiting future. A primitive binds to the loop that first makes one of its tasks wait.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections
import enum
import threading

from . import events
from . import exceptions

_bind_lock = threading.Lock()


class _LoopBound:
    """Binds the primitive to the running loop the first time it needs one."""

    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            with _bind_lock:
                if self._loop is None:
                    self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop

    async def _wait_in_line(self, waiters, on_cancelled=None):
        """Parks the task on a new future at the end of waiters until that future is done;
        on_cancelled(future) runs if the task is cancelled meanwhile."""
        waiter = self._get_loop().create_future()
        waiters.append(waiter)
        try:
            try:
                await waiter
            finally:
                waiters.remove(waiter)
        except exceptions.CancelledError:
            if on_cancelled is not None:
                on_cancelled(waiter)
            raise

    def _repr_with(self, extra):
        text = object.__repr__(self)
        return f'<{text[1:-1]} [{extra}]>'


class _AcquireContext:
    """`async with primitive:` acquires it and releases it after the block."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_waiters(extra, waiters):
    return f'{extra}, waiters:{len(waiters)}' if waiters else extra


class Lock(_AcquireContext, _LoopBound):
    """A mutex for tasks: acquire() waits, in order, while another task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return self._repr_with(_with_waiters('locked' if self._locked else 'unlocked',
                                             self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None
                                 or all(waiter.cancelled() for waiter in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        await self._wait_in_line(self._waiters, self._pass_turn_on)
        self._locked = True
        return True

    def _pass_turn_on(self, waiter):
        # A waiter woken and then cancelled must pass the turn on.
        if not self._locked:
            self._wake_up_first()

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for: set() wakes every waiting task, clear() lowers it again."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return self._repr_with(_with_waiters('set' if self._value else 'unset', self._waiters))

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await self._wait_in_line(self._waiters)
        return True


class Condition(_AcquireContext, _LoopBound):
    """Lets tasks wait, around a Lock, until another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return self._repr_with(_with_waiters('locked' if self.locked() else 'unlocked',
                                             self._waiters))

    async def wait(self):
        """Releases the lock, waits for a notification, and holds the lock again on return
        (even when cancelled meanwhile)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._wait_in_line(self._waiters)
            return True
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiting tasks; they return from wait() once they hold the lock."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if not waiter.done():
                woken += 1
                waiter.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireContext, _LoopBound):
    """A counter: acquire() takes one, waiting while it is zero; release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return self._repr_with(_with_waiters(extra, self._waiters))

    def locked(self):
        """True if acquire() would wait."""
        return self._value == 0 or any(not waiter.cancelled()
                                       for waiter in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        await self._wait_in_line(self._waiters, self._give_unit_back)
        if self._value > 0:
            self._wake_up_next()
        return True

    def _give_unit_back(self, waiter):
        if not waiter.cancelled():
            # Woken (and counted) but cancelled before running: the unit goes to the next.
            self._value += 1
            self._wake_up_next()

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        """Hands one unit to the first waiter still waiting."""
        for waiter in self._waiters or ():
            if not waiter.done():
                self._value -= 1
                waiter.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(_LoopBound):
    """Makes `parties` tasks wait for each other: wait() returns once that many are waiting.

    Filling: tasks arrive and wait. Draining: the last one arrived and they all leave; new
    arrivals wait for the drain to finish. reset() and abort() make the waiting tasks raise
    BrokenBarrierError.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state.value
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return self._repr_with(extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the other parties; returns this task's arrival index, 0 to parties-1."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (_BarrierState.DRAINING,
                                                                  _BarrierState.RESETTING))
            if self._state is _BarrierState.BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _BarrierState.DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)
                    if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                        self._state = _BarrierState.FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to filling; the tasks waiting now raise BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiting and arriving tasks raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _BarrierState.FILLING else 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN
