# What cannot be pickled, and bad pickle data: CPython's exception types and messages.
import pickle
import re
import sys
import threading


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", str(text))


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(f"{label}: {type(e).__module__}.{type(e).__qualname__}: {masked(e)}")
    else:
        print(f"{label}: ok {masked(repr(result))[:80]}")


top_lambda = lambda: 1


def outer():
    def inner():
        pass
    return inner


class Holder:
    class Nested:
        pass

    def method(self):
        pass


def gen():
    yield 1


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class BadNewargs:
    def __getnewargs__(self):
        return [1]


class SlotsOnly:
    __slots__ = ("a",)


renamed = Holder.Nested
del Holder.Nested

for proto in (0, 2, 4, 5):
    attempt(f"lock {proto}", lambda: pickle.dumps(threading.Lock(), proto) if proto >= 2 else None)
    attempt(f"rlock {proto}", lambda: pickle.dumps(threading.RLock(), proto) if proto >= 2 else None)
    attempt(f"generator {proto}", lambda: pickle.dumps(gen(), proto) if proto >= 2 else None)
    attempt(f"module {proto}", lambda: pickle.dumps(sys, proto) if proto >= 2 else None)
    attempt(f"file {proto}", lambda: pickle.dumps(sys.stdout, proto) if proto >= 2 else None)
    attempt(f"lambda {proto}", lambda: pickle.dumps(top_lambda, proto))
    attempt(f"local function {proto}", lambda: pickle.dumps(outer(), proto))
    attempt(f"moved class {proto}", lambda: pickle.dumps(renamed, proto))
    attempt(f"slots {proto}", lambda: pickle.loads(pickle.dumps(SlotsOnly(), proto)).__class__.__name__)
attempt("nested class 2", lambda: pickle.dumps(Holder, 2))
attempt("bound method 4", lambda: type(pickle.loads(pickle.dumps(Holder().method, 4))).__name__)
attempt("reduce int", lambda: pickle.dumps(BadReduce(5)))
attempt("reduce 1-tuple", lambda: pickle.dumps(BadReduce((len,))))
attempt("reduce 7-tuple", lambda: pickle.dumps(BadReduce((len, (), None, None, None, None, None))))
attempt("reduce not callable", lambda: pickle.dumps(BadReduce((5, ()))))
attempt("reduce args not tuple", lambda: pickle.dumps(BadReduce((len, 5))))
attempt("reduce listitems", lambda: pickle.dumps(BadReduce((len, (), None, 5))))
attempt("reduce dictitems", lambda: pickle.dumps(BadReduce((len, (), None, None, 5))))
attempt("reduce str unknown", lambda: pickle.dumps(BadReduce("nosuch")))
attempt("getnewargs not tuple", lambda: pickle.dumps(BadNewargs()))
attempt("protocol 6", lambda: pickle.dumps(1, 6))
attempt("Pickler without write", lambda: pickle.Pickler(5))
attempt("Unpickler without read", lambda: pickle.Unpickler(5))
attempt("loads str", lambda: pickle.loads("abc"))
for data in [b"", b"K", b"\xff", b"\x80\x04K\x01", b"(t", b"0", b"h\x05", b"I12\n.", b"S'ab\\n'\n.",
             b"\x80\x06.", b"cnosuch\nx\n.", b"cbuiltins\nnosuch\n.", b"a", b"u", b"(K\x01d.", b"N\x8f.", b".",
             b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.", b"\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01.",
             b"\x80\x04]K\x01\x90.", b"\x80\x04]\x94h\x00\x85\x94.", b"Q.", b"\x80\x04K\x01K\x02\x86\x94\x93."]:
    attempt(f"loads {data!r}", lambda: pickle.loads(data))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError)
try:
    pickle.dumps(top_lambda)
except pickle.PicklingError as e:
    import traceback
    print(masked("".join(traceback.format_exception_only(type(e), e))), end="")
