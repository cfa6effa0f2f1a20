# args, str and repr of exceptions
cases = [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None),
         ValueError(""), Exception("x", 1, [2]), ZeroDivisionError("division by zero"),
         KeyError("key"), KeyError(1), KeyError(), KeyError("a", "b"), IndexError("i"),
         OSError(2, "No such file or directory"), OSError(2, "No such file", "f.txt"), OSError("plain"),
         StopIteration(5), SystemExit(3), UnicodeError("u")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("orig")
e.args = ("changed", 2)
print(str(e), repr(e))
class WithInit(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
print(WithInit(404, "nf"), repr(WithInit(404, "nf")), WithInit(1, "t").code)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuper(7)
print(repr(str(n)), n.args, n.value)
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
print(str(CustomStr("ignored")), repr(CustomStr("ignored")))
print(BaseException("b").args, str(BaseException()))
