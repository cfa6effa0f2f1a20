"""to_thread(): run a blocking function in a thread, and await its result."""

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default thread pool; returns its result.

    The function runs while the loop goes on with other tasks: on gilpy as on CPython, its
    Python code takes turns with them for the GIL, and its blocking calls release it. It runs
    in a copy of the calling task's context.
    """
    loop = events.get_running_loop()
    context = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(context.run, func, *args, **kwargs))
