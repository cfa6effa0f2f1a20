# attributes of specific exception types
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "x\u20acy".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    compile("x = (1, 2", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("def f():\nreturn 1", "<indent>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    "abc".nope
except AttributeError as e:
    print(type(e).__name__, e, e.name, repr(e.obj))
try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__, e, e.name)
e = StopIteration("v")
print(e.value)
s = SystemExit(4)
print(s.code)
