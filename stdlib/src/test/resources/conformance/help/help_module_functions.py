# help() on functions of modules that are C in CPython and Java in gilpy: CPython's docstrings
# and signatures.
import gc
import math
import sys
import time
import zlib

for f in [math.sqrt, math.log, math.hypot, math.isclose, time.sleep, time.time, sys.exit,
          sys.getrecursionlimit, zlib.crc32, gc.collect]:
    help(f)
