"""multiprocessing: processes, each with its own interpreter and GIL, and what they share.

Written for gilpy: a process is a child interpreter in the same JVM, started by copying this
one ('fork', the default on Linux as in CPython 3.11) or from scratch ('spawn').
"""

import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
