"""Synchronized queues for handing work from thread to thread: FIFO, LIFO, priority and simple.

Every Queue guards its items with one lock and three conditions on it: not_empty (getters wait
on it), not_full (putters wait on it when the queue is bounded) and all_tasks_done (join waits
on it). Waiting releases the GIL, so a worker blocked on get() costs nothing.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue (or when get times out)."""


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue (or when put times out)."""


def _wait(condition, ready, block, timeout, failure):
    """With the condition's lock held: waits until ready(), or raises failure when it may not."""
    if not block:
        raise failure
    if timeout is None:
        while not ready():
            condition.wait()
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = _time() + timeout
    while not ready():
        remaining = deadline - _time()
        if remaining <= 0:
            raise failure
        condition.wait(remaining)


class Queue:
    """A FIFO queue; maxsize > 0 bounds it (put then waits for room), 0 or less leaves it unbounded.

    Subclasses change the order by overriding _init, _qsize, _put and _get.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken with get() as processed; join() returns when none is left."""
        with self.mutex:
            remaining = self.unfinished_tasks - 1
            if remaining < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = remaining
            if remaining == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until every item ever put has been marked done with task_done()."""
        with self.mutex:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items (approximate: other threads may change it right after)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _has_room(self):
        return self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Adds item, waiting for room in a bounded queue (raises Full if none comes in time)."""
        with self.mutex:
            if 0 < self.maxsize <= self._qsize():
                _wait(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one (raises Empty if none comes in time)."""
        with self.mutex:
            if not self._qsize():
                _wait(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Gives back the smallest item first (entries are typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Gives back the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put() never blocks."""

    def __init__(self):
        self._items = deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds item; block and timeout exist for compatibility with Queue.put."""
        self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting for one (raises Empty if none comes in time)."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._items) == 0

    def qsize(self):
        return len(self._items)
