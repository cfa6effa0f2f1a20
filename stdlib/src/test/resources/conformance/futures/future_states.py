# concurrent.futures.Future on its own: states, reprs, set_result/set_exception, timeouts, errors
import re
import concurrent.futures as cf
from concurrent.futures import Future, CancelledError, InvalidStateError


def show(future):
    text = re.sub(r"0x[0-9a-f]+", "0x...", repr(future))
    print(text, "running" if future.running() else "-", "done" if future.done() else "-",
          "cancelled" if future.cancelled() else "-")


def attempt(label, call, *args):
    try:
        print(label, "->", repr(call(*args)))
    except Exception as e:
        print(label, "raised", type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))


f = Future()
show(f)
attempt("result(timeout=0)", f.result, 0)
attempt("exception(timeout=0.01)", f.exception, 0.01)
print("set_running_or_notify_cancel:", f.set_running_or_notify_cancel())
show(f)
print("cancel while running:", f.cancel())
attempt("set_running_or_notify_cancel again", f.set_running_or_notify_cancel)
f.set_result(42)
show(f)
print(f.result(), f.result(timeout=0), f.exception(), f.exception(timeout=0))
attempt("set_result twice", f.set_result, 43)
attempt("set_exception after result", f.set_exception, ValueError("late"))
print("cancel when finished:", f.cancel())

g = Future()
g.set_exception(ValueError("bad value"))
show(g)
attempt("result", g.result)
e = g.exception()
print(type(e).__name__, e.args, e is g.exception())
attempt("set_result after exception", g.set_result, 1)

h = Future()
print("cancel pending:", h.cancel(), "again:", h.cancel())
show(h)
attempt("result of cancelled", h.result)
attempt("exception of cancelled", h.exception, 0)
attempt("set_result on cancelled", h.set_result, 1)
print("set_running_or_notify_cancel on cancelled:", h.set_running_or_notify_cancel())
show(h)
print("cancel after notify:", h.cancel())
attempt("set_running_or_notify_cancel after notify", h.set_running_or_notify_cancel)

n = Future()
n.set_result(None)
show(n)
s = Future()
s.set_result("text")
show(s)

print(Future[int], Future[int].__origin__ is Future)

for name in ("CancelledError", "TimeoutError", "InvalidStateError", "BrokenExecutor"):
    cls = getattr(cf, name)
    print(name, cls.__module__, [c.__name__ for c in cls.__mro__])
print(cf.TimeoutError is TimeoutError, issubclass(CancelledError, cf._base.Error))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))
print(sorted(vars(cf).keys() & set(cf.__all__)))
print(dir(cf))
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor.__module__, cf.ThreadPoolExecutor is ThreadPoolExecutor)
try:
    raise CancelledError()
except cf.CancelledError as e:
    print(repr(e), str(e) == "")
