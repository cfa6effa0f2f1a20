# inspect.signature of builtins, read from their __text_signature__ as CPython 3.11 does: the
# bound module, instance or class left out, "/" for positional-only parameters, defaults
# evaluated, and ValueError where there is no signature or an invalid one.
import inspect
import math
import time

for f in [len, print, sorted, __import__, round, divmod, str.upper, "a".upper, "a".split, dict.get,
          dict.pop, dict.fromkeys, str.maketrans, int.__new__, object.__init__, int.__add__, (1).__add__,
          iter, next, getattr, min, object, math.sqrt, math.log, time.sleep, int.from_bytes]:
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[0])

print(len.__text_signature__, len.__doc__)
print(str.upper.__text_signature__, str.upper.__doc__)
print(iter.__text_signature__)
print(int.__text_signature__, object.__text_signature__)
print(int.real.__doc__)
print(str.maketrans.__self__, str.maketrans.__qualname__, dict.fromkeys.__self__)
print(len.__module__, str.upper.__qualname__, "a".upper.__module__)
print((5).__doc__ == int.__doc__, object().__doc__ == object.__doc__, int.__doc__.splitlines()[0])
print([c for c in int.__subclasses__() if c.__module__ == "builtins"])
