"""Pools of worker processes (Pool) or threads (ThreadPool) running tasks: apply, map and their kin.

A task travels to a worker through an inbound queue as (job, index, func, args, kwds) and its
result comes back through an outbound queue as (job, index, (success, value)). Three threads of
the parent keep the pool going: one feeds tasks to the workers, one hands results to the jobs
waiting for them, one replaces workers that have exited (maxtasksperchild).
"""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import context
from . import util

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception with the worker's traceback, which becomes its __cause__ in the parent."""

    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A result or exception that could not be pickled to go back to the parent."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    """A worker's loop: tasks in, results out, until the None sentinel or maxtasks tasks."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or globals()['context']._default_context.get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._repopulate_pool()
        self._state = RUN
        self._worker_handler = threading.Thread(target=self._handle_workers, daemon=True)
        self._worker_handler._state = RUN
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler._state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler._state = RUN
        self._result_handler.start()

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                   self._maxtasksperchild, self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _maintain_pool(self):
        """Replaces the workers that have exited (after maxtasksperchild tasks)."""
        cleaned = False
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                w.join()
                cleaned = True
                del self._pool[i]
        if cleaned and self._state == RUN:
            self._repopulate_pool()

    def _handle_workers(self):
        thread = threading.current_thread()
        while thread._state == RUN or (self._cache and thread._state != TERMINATE):
            self._maintain_pool()
            time.sleep(0.05)
        self._taskqueue.put(None)

    def _handle_tasks(self):
        thread = threading.current_thread()
        for taskseq, set_length in iter(self._taskqueue.get, None):
            task = None
            try:
                for task in taskseq:
                    if thread._state != RUN:
                        break
                    try:
                        self._inqueue.put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        try:
                            self._cache[job]._set(idx, (False, e))
                        except KeyError:
                            pass
                else:
                    if set_length:
                        set_length(task[1] + 1 if task else 0)
                    continue
                break
            finally:
                task = taskseq = job = None
        # tell the result handler and the workers to stop
        self._outqueue.put(None)
        for _ in self._pool:
            self._inqueue.put(None)

    def _deliver(self, task):
        """Hands a worker's (job, index, result) to the job, unless the job is gone already."""
        job, i, obj = task
        try:
            self._cache[job]._set(i, obj)
        except KeyError:
            pass

    def _handle_results(self):
        thread = threading.current_thread()
        get = self._outqueue.get
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if thread._state == TERMINATE:
                break
            if task is None:
                break
            self._deliver(task)
            task = None
        while self._cache and thread._state != TERMINATE:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                continue
            self._deliver(task)

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for and returns its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) in a worker; returns an AsyncResult at once."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)) with the calls spread over the workers, chunksize at a time."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._taskqueue.put((((result._job, i, mapper, (x,), {}) for i, x in enumerate(task_batches)), None))
        return result

    def imap(self, func, iterable, chunksize=1):
        """Like map(), but an iterator giving the results in order as they come."""
        return self._imap(IMapIterator, func, iterable, chunksize, "{0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), but the results in the order they are finished."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "{0!r}")

    def _imap(self, iterator_class, func, iterable, chunksize, chunksize_format):
        self._check_running()
        if chunksize == 1:
            result = iterator_class(self)
            self._taskqueue.put((((result._job, i, func, (x,), {}) for i, x in enumerate(iterable)),
                                result._set_length))
            return result
        if chunksize < 1:
            # CPython's two messages format the bad chunksize differently
            raise ValueError(("Chunksize must be 1+, not " + chunksize_format).format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = iterator_class(self)
        self._taskqueue.put((((result._job, i, mapstar, (x,), {}) for i, x in enumerate(task_batches)),
                            result._set_length))
        return (item for chunk in result for item in chunk)

    def close(self):
        """No more tasks: the workers exit once the submitted ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE

    def terminate(self):
        """Stops the workers at once, unfinished tasks or not."""
        self._state = TERMINATE
        self._worker_handler._state = TERMINATE
        self._task_handler._state = TERMINATE
        self._result_handler._state = TERMINATE
        self._terminate_workers()

    def _terminate_workers(self):
        if self._worker_handler.is_alive() and threading.current_thread() is not self._worker_handler:
            self._worker_handler.join()
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        self._outqueue.put(None)
        for w in self._pool:
            w.join()

    def join(self):
        """Waits for the workers to exit; only after close() or terminate()."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:
    """The result of a task to come: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result (or the task's exception raised here), waiting at most timeout seconds."""
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(type(list[int]))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """The results of imap(), in order; next(timeout) raises TimeoutError when none comes in time."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise context.TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class _ThreadWorker(threading.Thread):
    """A pool worker that is a thread (ThreadPool): Process's interface where the pool needs it."""

    _counter = itertools.count(1)

    def __init__(self, target=None, args=()):
        threading.Thread.__init__(self, target=target, args=args,
                                  name='Thread-%d' % next(_ThreadWorker._counter))

    @property
    def exitcode(self):
        return None if self.is_alive() else 0

    def terminate(self):
        pass


class ThreadPool(Pool):
    """A pool of worker threads (tasks and results are not pickled)."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _ThreadWorker(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
