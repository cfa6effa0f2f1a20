"""ThreadPoolExecutor: runs calls in a pool of threads of this process.

Under the GIL the pool's threads run Python code one at a time, so CPU-bound calls gain nothing
from it; calls that wait (sleep, I/O, locks) release the GIL and overlap.

Work items travel through one queue.SimpleQueue shared by the pool's threads; a None in it tells
the thread that takes it to look whether the pool is shutting down (then it passes the None on and
ends). Threads are started on demand by submit(), one per call until max_workers, unless one of
them is idle. At interpreter exit, before the non-daemon threads are joined, every pool is told to
finish its queued work and its threads are joined.
"""

import functools
import itertools
import os
import queue
import threading
import types
import weakref

from concurrent.futures import _base

_at_exit = _base._ThreadsToJoinAtExit()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed: the pool cannot run calls any more."""


class _WorkItem:
    """One submitted call and the Future of its result."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # the exception's traceback would keep this frame and self alive in a cycle
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log('critical', 'Exception in initializer:', exc_info=True)
                executor = executor_reference()
                if executor is not None:
                    executor._initializer_failed()
                return
        _serve(executor_reference, work_queue)
    except BaseException:
        _base._log('critical', 'Exception in worker', exc_info=True)
    finally:
        _at_exit.discard(threading.current_thread())


def _serve(executor_reference, work_queue):
    """Runs the queue's work items until the pool shuts down (or is gone)."""
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor = executor_reference()
            if executor is not None:
                executor._idle_semaphore.release()
            del executor
            continue
        executor = executor_reference()
        if _at_exit.shutting_down or executor is None or executor._shutdown:
            if executor is not None:
                executor._shutdown = True
            # wake the next worker, which will end in turn
            work_queue.put(None)
            return
        del executor


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls in up to max_workers threads.

    max_workers defaults to min(32, os.cpu_count() + 4). The threads are named
    thread_name_prefix + '_' + their number (by default ThreadPoolExecutor-N_M), and each calls
    initializer(*initargs) before its first work item; if an initializer raises, the pool is
    broken and its pending and future calls fail with BrokenThreadPool.
    """

    # numbers the pools, for the default names of their threads
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # at least 5 threads for I/O-bound work, at most 32 so big machines do not start hundreds
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _at_exit.lock:
            _at_exit.check_open(self, BrokenThreadPool)
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        """Starts one more thread for the call just queued, unless a thread is idle or the pool is full."""
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads >= self._max_workers:
            return

        # should the pool be collected without a shutdown(), its threads are woken and end
        def wake_workers(_, work_queue=self._work_queue):
            work_queue.put(None)

        thread = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads), target=_worker,
                                  args=(weakref.ref(self, wake_workers), self._work_queue, self._initializer,
                                        self._initargs))
        thread.start()
        self._threads.add(thread)
        _at_exit.add(thread, functools.partial(self._work_queue.put, None))

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for work_item in self._drain_queue():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain_queue(self):
        """Takes the work items not yet started off the queue."""
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if work_item is not None:
                yield work_item

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._drain_queue():
                    work_item.future.cancel()
            # wake a worker: it sees the shutdown and passes the word on
            self._work_queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
