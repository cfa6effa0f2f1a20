# exceptions inside with blocks: __exit__ arguments, suppression, errors in __exit__
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit failed in " + self.name)
        return self.suppress
try:
    with CM("a"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with CM("b", suppress=True):
    raise ValueError("hidden")
print("continues")
try:
    with CM("c", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    print("inner suppressed, outer saw nothing")
except KeyError:
    print("not reached")
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except OSError as e:
    print("caught", e)
from contextlib import suppress
with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("after")
print("suppressed")
