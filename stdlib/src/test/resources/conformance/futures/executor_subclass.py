# concurrent.futures.Executor as a base class: a subclass defining submit() gets map(), the
# context manager and shutdown() from it
from concurrent.futures import Executor, Future


class InlineExecutor(Executor):
    """Runs each call at once, in the caller's thread."""

    def __init__(self):
        self.calls = 0
        self.shut = []

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        future = Future()
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as e:
                future.set_exception(e)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.shut.append((wait, cancel_futures))


with InlineExecutor() as ex:
    print(ex.submit(max, 3, 9, key=lambda v: -v).result())
    squares = ex.map(lambda x: x * x, range(5))
    print(ex.calls, type(squares).__name__)
    print(list(squares))
    print(list(ex.map(lambda a, b: a + b, "abc", "xyz", timeout=10)))
    results = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(results))
    try:
        next(results)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(list(results))
print(ex.shut)


class Plain(Executor):
    pass


try:
    Plain().submit(len, "x")
except NotImplementedError:
    print("NotImplementedError from the base submit")
try:
    list(Plain().map(len, ["x"]))
except NotImplementedError:
    print("NotImplementedError from map")
print(list(Plain().map(len, [])))
with Plain() as p:
    print(type(p).__name__)
