# contextlib.contextmanager generators and exceptions
from contextlib import contextmanager
@contextmanager
def managed(name, swallow=False):
    print("setup", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("cm saw", repr(e))
        if not swallow:
            raise
    finally:
        print("teardown", name)
with managed("a") as v:
    print("body", v)
with managed("b", swallow=True):
    raise ValueError("swallowed by cm")
print("after b")
try:
    with managed("c"):
        raise ValueError("re-raised by cm")
except ValueError as e:
    print("outer caught", e)
try:
    with managed("d"):
        raise KeyError("not handled by cm")
except KeyError as e:
    print("outer caught", repr(e))
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
