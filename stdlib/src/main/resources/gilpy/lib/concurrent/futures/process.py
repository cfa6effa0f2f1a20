"""ProcessPoolExecutor: runs calls in a pool of worker processes, each with its own GIL.

Built on multiprocessing's public API only: a context's Process and SimpleQueue, with the calls,
their arguments and their results pickled through the queues. So CPU-bound calls run in parallel,
and everything a call takes or returns must be picklable.

The parent has one manager thread per pool. submit() queues the call in the parent and wakes the
manager, which sends calls to the workers' call queue, a few at a time (one more than there are
workers, so that calls still waiting in the parent can be cancelled), and reads the one result
queue, through which everything reaches it:

    (_RESULT, work_id, result, exception, remote traceback)   from a worker, per call
    (_RETIRED, pid)          from a worker that ran max_tasks_per_child calls and is ending
    (_EXITED, pid, exitcode) from the parent's watcher thread of each worker, once it has ended
    (_WAKEUP,)               from submit() and shutdown() in the parent

A worker that ends without having been asked to stop and without having retired (it crashed, was
killed, or its initializer raised) breaks the pool: every pending call fails with
BrokenProcessPool and the other workers are terminated. Workers are started as calls come, up to
max_workers; at interpreter exit every pool finishes its pending calls and stops its workers.
"""

import collections
import functools
import itertools
import multiprocessing
import os
import threading
import traceback

from concurrent.futures import _base

_RESULT = 'result'
_RETIRED = 'retired'
_EXITED = 'exited'
_WAKEUP = 'wakeup'

# its lock is never held while a worker process starts, so a forked child finds it free
_at_exit = _base._ThreadsToJoinAtExit()


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly (or its initializer failed): the pool cannot run calls any more."""


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, set as the exception's __cause__."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# ---------------------------------------------------------------- in the worker process

def _result_message(work_id, result=None, exception=None):
    if exception is None:
        return (_RESULT, work_id, result, None, None)
    return (_RESULT, work_id, None, exception, ''.join(traceback.format_exception(exception)))


def _send_back(result_queue, work_id, result=None, exception=None):
    try:
        result_queue.put(_result_message(work_id, result, exception))
    except BaseException as unpicklable:
        result_queue.put(_result_message(work_id, exception=unpicklable))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks):
    """The body of a worker: runs calls from call_queue until a None, or max_tasks of them."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log('critical', 'Exception in initializer:', exc_info=True)
            # ending unannounced tells the parent that the pool is broken
            return
    for _ in (itertools.count() if max_tasks is None else range(max_tasks)):
        call = call_queue.get()
        if call is None:
            return
        work_id, fn, args, kwargs = call
        del call
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            _send_back(result_queue, work_id, exception=exc)
        else:
            _send_back(result_queue, work_id, result=result)
            del result
        del fn, args, kwargs
    result_queue.put((_RETIRED, os.getpid()))


def _watch(process, result_queue):
    """In the parent, one thread per worker: reports the worker's end to the manager."""
    process.join()
    result_queue.put((_EXITED, process.pid, process.exitcode))


# ---------------------------------------------------------------- map() in chunks

def _get_chunks(*iterables, chunksize):
    arguments = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(arguments, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    """Flattens the chunks' result lists, dropping each result once it is handed out."""
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


# ---------------------------------------------------------------- the executor

_WorkItem = collections.namedtuple('_WorkItem', 'future fn args kwargs')


class ProcessPoolExecutor(_base.Executor):
    """An Executor running calls in up to max_workers worker processes (default os.cpu_count()).

    mp_context: the multiprocessing context the workers are started with (by default
    multiprocessing.get_context(), or its "spawn" context when max_tasks_per_child is given).
    initializer(*initargs) runs in each worker before its first call; if it raises, the pool is
    broken. max_tasks_per_child: a worker ends after that many calls and a fresh one replaces it.
    """

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is None:
            mp_context = multiprocessing.get_context("spawn" if max_tasks_per_child is not None else None)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing start "
                                 "method; supply a different mp_context.")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child

        # guards everything below that both submit() and the manager touch
        self._shutdown_lock = threading.Lock()
        self._shutdown = False
        self._broken = False
        self._work_ids = itertools.count()
        self._work_items = {}                 # work_id -> _WorkItem, from submit() to its result
        self._queued = collections.deque()    # work_ids still in the parent, oldest first
        self._processes = {}                  # pid -> Process, until the manager hears it ended
        self._manager = None
        self._call_queue = mp_context.SimpleQueue()
        self._result_queue = mp_context.SimpleQueue()

        # the manager's own state
        self._in_flight = 0                   # calls sent to the workers and not yet answered
        self._retiring = set()                # pids of workers ending after max_tasks_per_child
        self._stopping = False                # a stop (None) was sent for every worker

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            with _at_exit.lock:
                _at_exit.check_open(self, BrokenProcessPool)
                self._start_manager()
            future = _base.Future()
            work_id = next(self._work_ids)
            self._work_items[work_id] = _WorkItem(future, fn, args, kwargs)
            self._queued.append(work_id)
            while len(self._processes) < min(self._max_workers, len(self._work_items)):
                self._spawn_process()
        self._wake_manager()
        return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map, sending the calls to the workers in chunks of chunksize calls.

        A large chunksize saves on the traffic between the processes when there are many short calls.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(functools.partial(_process_chunk, fn), _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # calls the workers have not received; those already sent run to the end
                for work_id in self._queued:
                    self._work_items.pop(work_id).future.cancel()
                self._queued.clear()
            manager = self._manager
        if manager is None:
            return
        self._wake_manager()
        if wait:
            manager.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    # ------------------------------------------------------------ workers and the manager

    def _start_manager(self):
        if self._manager is not None:
            return
        # holds the pool until it is shut down (or the interpreter exits)
        self._manager = threading.Thread(target=self._manage, name="ProcessPoolExecutor manager")
        self._manager.start()
        _at_exit.add(self._manager, self._wake_manager)

    def _spawn_process(self):
        process = self._mp_context.Process(target=_process_worker,
                                           args=(self._call_queue, self._result_queue, self._initializer,
                                                 self._initargs, self._max_tasks_per_child))
        process.start()
        self._processes[process.pid] = process
        threading.Thread(target=_watch, args=(process, self._result_queue), daemon=True).start()

    def _wake_manager(self):
        self._result_queue.put((_WAKEUP,))

    def _manage(self):
        try:
            while self._step():
                try:
                    message = self._result_queue.get()
                except BaseException:
                    self._break(traceback.format_exc())
                    continue
                self._receive(message)
            if not self._broken:
                # every watcher has reported: nobody uses the queues any more
                self._call_queue.close()
                self._result_queue.close()
        finally:
            _at_exit.discard(threading.current_thread())

    def _step(self):
        """Sends what it can to the workers; False once the pool is finished and its workers are gone."""
        with self._shutdown_lock:
            self._send_queued_calls()
            finishing = (self._shutdown or _at_exit.shutting_down or self._broken) and not self._work_items
            if finishing and not self._stopping:
                for _ in self._processes:
                    self._call_queue.put(None)
                self._stopping = True
            return not (finishing and not self._processes)

    def _send_queued_calls(self):
        # one call more than there are workers, so that no worker waits for the manager
        while self._queued and self._in_flight <= len(self._processes):
            work_id = self._queued.popleft()
            item = self._work_items[work_id]
            if not item.future.set_running_or_notify_cancel():
                del self._work_items[work_id]
                continue
            try:
                self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
            except BaseException as unpicklable:
                del self._work_items[work_id]
                item.future.set_exception(unpicklable)
                continue
            self._in_flight += 1

    def _receive(self, message):
        kind = message[0]
        if kind == _RESULT:
            _, work_id, result, exception, remote_traceback = message
            self._in_flight -= 1
            with self._shutdown_lock:
                item = self._work_items.pop(work_id, None)
            if item is None:
                return
            if exception is None:
                item.future.set_result(result)
            else:
                exception.__cause__ = _RemoteTraceback('\n"""\n%s"""' % remote_traceback)
                item.future.set_exception(exception)
        elif kind == _RETIRED:
            self._retiring.add(message[1])
        elif kind == _EXITED:
            self._worker_ended(message[1])

    def _worker_ended(self, pid):
        with self._shutdown_lock:
            if self._processes.pop(pid, None) is None:
                return
            expected = self._stopping or pid in self._retiring
            self._retiring.discard(pid)
            if expected and not self._stopping:
                # a worker retired after max_tasks_per_child calls: a fresh one takes its place
                self._spawn_process()
        if not expected:
            self._break(None)

    def _break(self, cause):
        """A worker ended abruptly (or the results could not be read): fail everything pending."""
        with self._shutdown_lock:
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            failed = list(self._work_items.values())
            self._work_items.clear()
            self._queued.clear()
            processes = list(self._processes.values())
            self._processes.clear()
        # joined here rather than heard of through the result queue, which a killed worker may
        # have left unusable
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        for item in failed:
            if item.future.done():
                continue
            error = BrokenProcessPool("A process in the process pool was terminated abruptly while the future was "
                                      "running or pending.")
            if cause is not None:
                error.__cause__ = _RemoteTraceback('\n"""\n%s"""' % cause)
            item.future.set_exception(error)
