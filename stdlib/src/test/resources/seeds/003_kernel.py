# Not seed code: the imports seed 003's earlier notebook cells left in the kernel, which the
# later cells use without importing (Thread, time, Lock, Queue). SeedProgramsTest runs each
# 003 cell after this, as one program.
import time
from threading import Thread, Lock
from queue import Queue
