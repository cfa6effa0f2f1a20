# ExceptionGroup and except* (3.11)
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(eg, repr(eg.message), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("keys:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("remaining:", rest, [type(e).__name__ for e in rest.exceptions])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
sub = eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))
print(sub, sub.exceptions)
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", type(g).__name__, g.exceptions)
nested = ExceptionGroup("top", [ValueError("x"), ExceptionGroup("inner", [TypeError("y")])])
print(nested, [type(e).__name__ for e in nested.exceptions])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
print(isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), ExceptionGroup))
