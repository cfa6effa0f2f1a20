"""Asynchronous I/O: an event loop running coroutines as tasks, in one thread.

gilpy's own asyncio, written after CPython 3.11's behaviour: the loop, futures and tasks, the
ways to wait for them (sleep, gather, wait, wait_for, as_completed, shield, timeout,
TaskGroup), locks and queues for tasks, and to_thread/run_in_executor for blocking calls. There
are no sockets, streams or subprocesses yet: the loop waits only for timers and for other
threads.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .waiting import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__
           + waiting.__all__)

DefaultEventLoopPolicy = events.DefaultEventLoopPolicy
