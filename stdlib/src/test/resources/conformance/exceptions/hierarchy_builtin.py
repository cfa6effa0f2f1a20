# builtin exception hierarchy
excs = [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError,
        ModuleNotFoundError, FileNotFoundError, PermissionError, UnboundLocalError,
        NotImplementedError, RecursionError, UnicodeDecodeError, UnicodeEncodeError,
        IndentationError, TabError, StopIteration, StopAsyncIteration, GeneratorExit,
        KeyboardInterrupt, SystemExit, TimeoutError, ConnectionResetError, BrokenPipeError,
        DeprecationWarning, UserWarning, BlockingIOError, ChildProcessError]
for e in excs:
    print(e.__name__, "->", " > ".join(c.__name__ for c in e.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(bool, BaseException), issubclass(Warning, Exception))
try:
    {}["k"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    raise FileNotFoundError(2, "No such file")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e.errno, e.strerror, e)
print(OSError(2, "x").__class__.__name__)
