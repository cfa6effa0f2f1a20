# __traceback__ objects and with_traceback
def fail():
    raise ValueError("tb test")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        last = tb
        tb = tb.tb_next
    print("frames in traceback:", depth)
    print("last frame function:", last.tb_frame.f_code.co_name)
    print("has lineno:", isinstance(last.tb_lineno, int))
e2 = RuntimeError("fresh")
print(e2.__traceback__ is None)
try:
    raise e2.with_traceback(None)
except RuntimeError as e:
    print("raised:", e, e.__traceback__ is not None)
import sys
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
