"""Helpers shared by the multiprocessing modules: exit handling, after-fork hooks, finalizers."""

import sys
import threading
import weakref
import atexit

_after_fork_registry = weakref.WeakValueDictionary()
_after_fork_counter = 0
_finalizer_registry = {}
_finalizer_counter = 0
_exiting = False

SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = "multiprocessing"
DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s"

_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The 'multiprocessing' logger (not propagating to the root); made on first use."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            # as CPython's: multiprocessing's exit handling runs before logging's shutdown
            atexit.unregister(_exit_function)
            atexit.register(_exit_function)
    return _logger


def log_to_stderr(level=None):
    """Adds a stderr handler ('[LEVEL/ProcessName] message') to the multiprocessing logger."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def register_after_fork(obj, func):
    """Calls func(obj) in a child process started by fork, before it runs its target."""
    global _after_fork_counter
    _after_fork_counter += 1
    _after_fork_registry[(_after_fork_counter, id(obj), func)] = obj


def _run_after_forkers():
    items = sorted(_after_fork_registry.items())
    for (index, ident, func), obj in items:
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)


class Finalize:
    """Calls callback(*args, **kwargs) once: when called, or at process exit (by exitpriority)."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        global _finalizer_counter
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError("Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                exitpriority, type(exitpriority)))
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        _finalizer_counter += 1
        self._key = (exitpriority, _finalizer_counter)
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            return None
        res = self._callback(*self._args, **self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry


def _run_finalizers(minpriority=None):
    if minpriority is None:
        keys = [k for k in _finalizer_registry if k[0] is not None]
    else:
        keys = [k for k in _finalizer_registry if k[0] is not None and k[0] >= minpriority]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    return _exiting or _exiting is None


def _exit_function():
    """At exit: finalizers, then terminate the daemonic children and join the others."""
    global _exiting
    if not _exiting:
        _exiting = True
        info('process shutting down')
        debug('running all "atexit" finalizers with priority >= 0')
        _run_finalizers(0)
        from . import process
        for p in process.active_children():
            if p.daemon:
                info('calling terminate() for daemon %s', p.name)
                p._popen.terminate()
        for p in process.active_children():
            info('calling join() for process %s', p.name)
            p.join()
        debug('running the remaining "atexit" finalizers')
        _run_finalizers()


atexit.register(_exit_function)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _close_stdin():
    pass


class ForkAwareThreadLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        register_after_fork(self, ForkAwareThreadLock._at_fork_reinit)

    def _at_fork_reinit(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal(threading.local):
    pass
