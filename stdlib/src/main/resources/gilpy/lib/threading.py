"""Thread-based parallelism: threads, locks, conditions, semaphores, events, timers, barriers
and thread-local data.

Written for gilpy over its _thread module, where each Python thread is a Java platform thread
that runs Python code only while it holds the interpreter's GIL. Every wait below (a lock, a
condition, a join) ends in a _thread lock acquire, which releases the GIL while it blocks.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
_daemon_threads_allowed = _thread.daemon_threads_allowed
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
Lock = _thread.allocate_lock
ExceptHookArgs = _thread._ExceptHookArgs
excepthook = __excepthook__ = _thread._excepthook


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again."""
    return _thread.RLock(*args, **kwargs)


# ---------------------------------------------------------------- trace and profile hooks

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Sets the trace function installed in every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Sets the profile function installed in every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------- Condition

class Condition:
    """Lets threads wait until another thread notifies them, around a lock (an RLock by default).

    Each waiter blocks on a lock of its own that notify() releases, so a notification goes to
    the threads that were waiting at that moment, oldest first.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock must be released completely while waiting, and restored afterwards.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: held at all is the best answer.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits for a notification or the timeout, re-acquires the lock.

        Returns False if the timeout expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass  # notified after the timeout: the notification is lost, as in CPython

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true or the timeout expires; returns the last result."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        woken = waiters[:n]
        del waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        """Wakes every thread waiting on this condition."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------- semaphores

class Semaphore:
    """A counter of free resources: acquire() takes one, waiting while there is none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Takes one unit; returns False if none became free in time (or at once, non-blocking)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Gives back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------- Event

class Event:
    """A flag threads can wait for: set() wakes them all, clear() makes them wait again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set or the timeout expires; returns the flag."""
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One use of a Barrier: the threads that meet in it, and whether it broke."""
    __slots__ = ('arrived', 'broken')

    def __init__(self):
        self.arrived = 0
        self.broken = False


class Barrier:
    """Makes `parties` threads wait for each other: wait() returns once all have called it.

    Each trip of the barrier is a new round, so threads arriving for the next round never mix
    with threads still leaving the previous one. abort() and timeouts break the current round;
    its waiters and later callers get BrokenBarrierError until reset().
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index, 0 to parties - 1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            current = self._round
            if current.broken:
                raise BrokenBarrierError
            index = current.arrived
            current.arrived += 1
            if current.arrived == self._parties:
                self._trip(current)
                return index
            if not self._cond.wait_for(lambda: current is not self._round or current.broken, timeout):
                self._break(current)
            if current.broken:
                raise BrokenBarrierError
            return index

    def _trip(self, current):
        # the last thread to arrive runs the action, then lets everybody go
        if self._action is not None:
            try:
                self._action()
            except BaseException:
                self._break(current)
                raise
        self._round = _Round()
        self._cond.notify_all()

    def _break(self, current):
        current.broken = True
        self._cond.notify_all()

    def reset(self):
        """Breaks the current round (its waiters get BrokenBarrierError) and starts afresh."""
        with self._cond:
            if self._round.arrived > 0 or self._round.broken:
                self._break(self._round)
            self._round = _Round()

    def abort(self):
        """Breaks the barrier: waiters and later callers get BrokenBarrierError until reset()."""
        with self._cond:
            self._break(self._round)

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        current = self._round
        return 0 if current.broken else current.arrived

    @property
    def broken(self):
        return self._round.broken


# ---------------------------------------------------------------- the registry of threads

_registry_lock = RLock()
_active = {}    # ident -> Thread, for threads running Python code
_limbo = {}     # Thread -> Thread, for threads started but not yet running
_name_counter = 0
_atexit_calls = []
_shutting_down = False


def _newname(template):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


def _register_atexit(func, *args, **kwargs):
    """Registers a call made at shutdown before non-daemon threads are joined (concurrent.futures)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append(lambda: func(*args, **kwargs))


# ---------------------------------------------------------------- Thread

class Thread:
    """A thread of control: run() (by default, target(*args, **kwargs)) runs in it once start()ed.

    Threads are non-daemon unless created by a daemon thread or with daemon=True; the program
    waits for non-daemon threads at exit and abandons daemon ones.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Starts the thread; returns once it is running. A thread starts at most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's work: calls the target; subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # the thread must not keep its arguments alive once done
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _thread.set_name(self._name)
            self._tstate_lock = _set_sentinel()
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            self._started.set()
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook()
        finally:
            with _registry_lock:
                _active.pop(get_ident(), None)

    def _invoke_excepthook(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        hook = excepthook if excepthook is not None else __excepthook__
        try:
            hook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        except BaseException as failure:
            failure.__suppress_context__ = True
            stderr = _sys.stderr if _sys.stderr is not None else self._stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.flush()
            _sys.excepthook(*_sys.exc_info())

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # _thread releases the sentinel lock when the thread has ended; waiting for the thread
        # is acquiring it, then releasing it at once for the other joiners.
        lock = self._tstate_lock
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except BaseException:
            # Interrupted (Ctrl-C) right after acquiring: give the lock back if the thread is done.
            if lock.locked() and self._ident not in _active:
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Waits until the thread ends, or at most timeout seconds (then check is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._tstate_lock = _set_sentinel()  # released by _shutdown()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread threading did not start (from _thread, or a Java thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


# ---------------------------------------------------------------- module-level functions

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads threading did not start)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    """How many threads are alive (started and not ended), the main thread included."""
    with _registry_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """The alive threads, the main thread included."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


_main_thread = _MainThread()


_forking_ident = None


def _before_fork():
    """Called by multiprocessing before it forks: the child must know which thread forked."""
    global _forking_ident
    _forking_ident = get_ident()


def _after_fork():
    """In a child made by fork: the thread that forked is its only thread, and its main thread."""
    global _main_thread, _active, _limbo, _registry_lock, _shutting_down
    _registry_lock = RLock()
    _shutting_down = False
    forker = _active.get(_forking_ident, _main_thread)
    for t in list(_active.values()) + list(_limbo.values()):
        if t is not forker:
            t._stop()
    forker._ident = get_ident()
    forker._native_id = get_native_id()
    forker._tstate_lock = _set_sentinel()
    forker._is_stopped = False
    _active = {forker._ident: forker}
    _limbo = {}
    _main_thread = forker


def _shutdown():
    """Called by the interpreter when the main program ends: waits for the non-daemon threads."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for call in reversed(_atexit_calls):
        call()
    _main_thread._tstate_lock.release()
    _main_thread._stop()
    while True:
        with _registry_lock:
            pending = [t for t in _active.values() if not t.daemon and t is not _main_thread]
        if not pending:
            return
        for t in pending:
            t.join()
