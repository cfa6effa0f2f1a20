# seed 002 "Multi-Process and Multi-Threading of Python", 2.2.1 Pipe, 1st block
from multiprocessing import Pipe

conn1, conn2 = Pipe()
