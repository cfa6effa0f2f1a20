"""timeout() and timeout_at(): `async with` blocks with a deadline (3.11).

At the deadline the task running the block is cancelled; on leaving the block, the
CancelledError that this caused becomes TimeoutError. It compares the task's cancelling()
count with the one at entry, so that a cancellation requested by someone else still
propagates as CancelledError.
"""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """The deadline of an `async with` block, in the loop's time(); None for none."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Moves the deadline (None removes it); only inside the block."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has passed inside the block."""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        when = ''
        if self._state is _State.ENTERED:
            when = f' when={round(self._when, 3) if self._when is not None else None}'
        return f'<Timeout [{self._state.value}]{when}>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling \
                    and exc_type is exceptions.CancelledError:
                # No one else asked to cancel the task: the cancellation was this timeout's.
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout delay seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at the loop time when (None: no deadline)."""
    return Timeout(when)
