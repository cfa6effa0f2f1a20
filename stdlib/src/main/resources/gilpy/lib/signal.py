"""Signals: set handlers for asynchronous events.

As in CPython, a handler runs in the main thread, between two bytecode instructions (or when a
blocking call there is interrupted, after which the call resumes unless the handler raised):
whatever other threads do, they never run it. The numbers are Linux's, wrapped in the Signals
and Handlers enums. A signal reaches gilpy from the OS (the command routes those Python handles),
from os.kill and raise_signal, from alarm, or, in a child process, from its parent's
terminate() and kill().
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

def _enum(name, keep):
    """An IntEnum of _signal's constants whose names keep accepts, replacing them in this module."""
    members = {k: v for k, v in vars(_signal).items() if isinstance(v, int) and keep(k)}
    klass = _IntEnum(name, sorted(members.items(), key=lambda kv: kv[1]), module=__name__)
    globals().update(klass.__members__)
    return klass


Signals = _enum('Signals', lambda name: name.startswith('SIG') and not name.startswith('SIG_'))
Handlers = _enum('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _enum('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """An int as a member of enum_klass when it is one's value, else unchanged (a callable)."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The signals valid on this platform."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}

