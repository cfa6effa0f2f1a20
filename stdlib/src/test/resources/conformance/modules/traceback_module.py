# traceback.format_exc and friends for caught exceptions
import traceback
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
lines = text.splitlines()
print(lines[0])
print(lines[-1])
print(sum(1 for l in lines if l.strip().startswith("File")))
print([l.strip() for l in lines if not l.strip().startswith("File") and "Traceback" not in l and "^" not in l])
try:
    raise ValueError("bad value")
except ValueError as e:
    only = traceback.format_exception_only(type(e), e)
    print(only)
    full = traceback.format_exception(e)
    print(full[0], full[-1], end="")
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    chained = "".join(traceback.format_exception(e))
    print("direct cause" in chained, chained.count("Traceback"), chained.splitlines()[-1])
stack = traceback.extract_stack()
print(stack[-1].name, type(stack[-1].lineno).__name__)
try:
    outer()
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([f.name for f in frames], [f.line for f in frames])
print(repr(traceback.format_exc()) if False else "NoneType: None" in traceback.format_exc())
