"""Queues between processes: items travel as pickles through a shared _multiprocessing channel."""

import sys
import threading

import _multiprocessing

from queue import Empty, Full

from . import context
from .reduction import ForkingPickler

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO queue between processes, bounded when maxsize > 0."""

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = _multiprocessing.SEM_VALUE_MAX
        self._maxsize = maxsize
        self._channel = _multiprocessing.channel(maxsize)
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._maxsize, self._channel.handle, self._closed)

    def __setstate__(self, state):
        self._maxsize, handle, self._closed = state
        self._channel = _multiprocessing.rebuild(handle)

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        """Puts obj, waiting (at most timeout seconds) for room when the queue is full."""
        self._check_closed()
        try:
            data = ForkingPickler.dumps(obj)
        except Exception:
            # CPython pickles in the queue's feeder thread, which prints the error and goes on
            import traceback
            traceback.print_exc()
            return
        if not self._channel.put(data, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        """Removes and returns an item, waiting (at most timeout seconds) for one."""
        self._check_closed()
        data = self._channel.get(block, timeout)
        if data is None:
            raise Empty
        return ForkingPickler.loads(data)

    def qsize(self):
        return self._channel.qsize()

    def empty(self):
        return self._channel.qsize() == 0

    def full(self):
        return self._channel.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        """This process will put no more items."""
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    __class_getitem__ = classmethod(type(list[int]))


class JoinableQueue(Queue):
    """A Queue with task_done() and join(), as queue.Queue has."""

    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:3])
        self._cond, self._unfinished_tasks = state[3:]

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        data = ForkingPickler.dumps(obj)
        with self._cond:
            if not self._channel.put(data, block, timeout):
                raise Full
            self._unfinished_tasks.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue:
    """An unbounded FIFO queue between processes, with only put, get, empty and close."""

    def __init__(self, *, ctx):
        self._channel = _multiprocessing.channel(0)
        self._closed = False

    def close(self):
        self._closed = True

    def _check_closed(self):
        # CPython closes the pipe under the queue: using it then fails as a closed handle does
        if self._closed:
            raise OSError("handle is closed")

    def empty(self):
        self._check_closed()
        return self._channel.qsize() == 0

    def __getstate__(self):
        context.assert_spawning(self)
        return self._channel.handle

    def __setstate__(self, handle):
        self._channel = _multiprocessing.rebuild(handle)
        self._closed = False

    def get(self):
        self._check_closed()
        return ForkingPickler.loads(self._channel.get(True, None))

    def put(self, obj):
        self._check_closed()
        self._channel.put(ForkingPickler.dumps(obj), True, None)

    __class_getitem__ = classmethod(type(list[int]))
