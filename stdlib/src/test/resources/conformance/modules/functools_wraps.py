# functools.wraps and update_wrapper
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def sub(a, b):
    """Subtract."""
    return a - b
print(sub.__name__, sub.__doc__)
def manual(fn):
    def w(*a):
        return fn(*a)
    functools.update_wrapper(w, fn)
    return w
@manual
def mul(a, b):
    """Multiply."""
    return a * b
print(mul.__name__, mul.__doc__, mul(3, 4), mul.__wrapped__ is not None)
def annotated(x: int) -> int:
    return x
wrapped = logged(annotated)
print(wrapped.__annotations__, wrapped.__module__)
def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            r = fn(*a)
            print(f"[{label}] {fn.__name__} done")
            return r
        return inner
    return deco
@timed("stage1")
@logged
def work(n):
    """Work."""
    return n * 2
print(work(21), work.__name__, work.__doc__, work.__wrapped__.__wrapped__.__name__)
