# contextlib utilities
import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
with contextlib.ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first at exit")
    print("body with three tags")
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed KeyError")
class Resource:
    def close(self):
        print("Resource.close called")
with contextlib.closing(Resource()):
    print("using resource")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.nullcontext("value") as v:
    print("nullcontext gives", v)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter decorator")
        return self
    def __exit__(self, *exc):
        print("exit decorator")
        return False
@Reentrant()
def decorated():
    print("in decorated function")
decorated()
@contextlib.contextmanager
def error_handler():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", e)
with error_handler():
    1 / 0
print("done")
with contextlib.ExitStack() as outer:
    outer.callback(print, "first registered")
    outer.callback(print, "second registered")
