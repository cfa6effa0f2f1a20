"""Locks, semaphores, conditions, events and barriers shared by processes.

Each is built on _multiprocessing.SemLock, one Java semaphore that every process having it uses
(a forked child shares it; a spawned child or a pool worker finds it again by its handle).
"""

import sys
import threading
import time

import _multiprocessing

from . import context
from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = _multiprocessing.RECURSIVE_MUTEX, _multiprocessing.SEMAPHORE
SEM_VALUE_MAX = _multiprocessing.SEM_VALUE_MAX

BrokenBarrierError = threading.BrokenBarrierError


class SemLock:
    """What every primitive here is: acquire/release of a shared semaphore."""

    def __init__(self, kind, value, maxvalue, *, ctx):
        self._semlock = _multiprocessing.semlock(kind, value, maxvalue)

    def acquire(self, block=True, timeout=None):
        return self._semlock.acquire(block, timeout)

    def release(self):
        self._semlock.release()

    def __enter__(self):
        return self._semlock.acquire(True, None)

    def __exit__(self, *args):
        self._semlock.release()

    def __getstate__(self):
        context.assert_spawning(self)
        return self._semlock.handle

    def __setstate__(self, handle):
        self._semlock = _multiprocessing.rebuild(handle)


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._semlock._get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._semlock._get_value(),
                                                self._semlock.maxvalue)


def _owner_name():
    name = process.current_process().name
    thread = threading.current_thread().name
    return name if thread == 'MainThread' else name + '|' + thread


class Lock(SemLock):
    """A lock that any thread of any process may release; released twice it is a ValueError."""

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._semlock._is_mine():
            name = _owner_name()
        elif self._semlock._get_value() == 1:
            name = 'None'
        elif self._semlock._count() > 0:
            name = 'SomeOtherThread'
        else:
            name = 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(SemLock):
    """A lock its owner (a thread of a process) may take again; only the owner releases it."""

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._semlock._is_mine():
            name, count = _owner_name(), self._semlock._count()
        elif self._semlock._get_value() == 1:
            name, count = 'None', 0
        elif self._semlock._count() > 0:
            name, count = 'SomeOtherThread', 'nonzero'
        else:
            name, count = 'SomeOtherProcess', 'nonzero'
        return '<%s(%s, %s)>' % (type(self).__name__, name, count)


class Condition:
    """A condition variable over a shared lock (an RLock unless one is given).

    Waiters are counted with semaphores: wait() announces itself on the sleeping count, releases
    the lock and waits on the wait semaphore; notify() wakes as many sleepers as asked and waits
    until they have woken, so that a later notify() cannot wake them twice.
    """

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        try:
            waiters = self._sleeping_count._semlock._get_value() - self._woken_count._semlock._get_value()
        except Exception:
            waiters = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._semlock._count()
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # sleepers that timed out since the last notify are no longer sleeping
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = timeout
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """A flag processes can set, clear and wait for."""

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__qualname__, id(self), 'set' if self.is_set() else 'unset')


class Barrier:
    """parties processes (or threads) wait until all have arrived, then all go on."""

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        from .sharedctypes import RawArray
        self._cond = ctx.Condition(ctx.Lock())
        self._state = RawArray('i', 3)  # waiting, generation, broken
        self._parties = parties
        self._action = action
        self._timeout = timeout

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        state = self._state
        with self._cond:
            if state[2]:
                raise BrokenBarrierError
            generation = state[1]
            index = state[0]
            state[0] = index + 1
            if index + 1 == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                state[0] = 0
                state[1] = generation + 1
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(lambda: state[1] != generation or state[2], timeout):
                self._break()
                raise BrokenBarrierError
            if state[1] == generation:
                raise BrokenBarrierError
            return index

    def _break(self):
        self._state[2] = 1
        self._state[0] = 0
        self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def reset(self):
        with self._cond:
            if self._state[0]:
                self._state[1] += 1
            self._state[0] = 0
            self._state[2] = 0
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._state[0]

    @property
    def broken(self):
        return bool(self._state[2])

    def __repr__(self):
        where = '<%s.%s at %#x' % (type(self).__module__, type(self).__qualname__, id(self))
        if self.broken:
            return where + ': broken>'
        return where + ': waiters=%d/%d>' % (self.n_waiting, self.parties)
