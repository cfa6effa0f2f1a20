# gc module: only types and booleans, never counts
import gc
print(type(gc.collect()).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
print(type(gc.get_count()).__name__)
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(type(gc.collect()).__name__, "cycle collected without error")
