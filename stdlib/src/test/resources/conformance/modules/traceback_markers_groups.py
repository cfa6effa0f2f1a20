# traceback's formatting of the failing expression (~~^^ anchors) and of exception groups (boxes)
import traceback

def show(exc):
    text = "".join(traceback.format_exception(exc))
    print(text.replace(__file__, "FILE"), end="")

def a(x):
    return x["k"] + 1
def b():
    return a({"k": "s"})
def index(lst, i):
    return lst[i] * 2
def deep(d):
    return d["a"]["b"]["c"]

for f, args in [(b, ()), (index, ([1], 5)), (deep, ({"a": {"b": {}}},)), (lambda: 1 / (2 - 2), ())]:
    try:
        f(*args)
    except Exception as e:
        show(e)

def boom(i):
    raise ValueError(f"v{i}")
excs = []
for i in range(18):
    try:
        boom(i)
    except ValueError as e:
        excs.append(e)
nested = ExceptionGroup("outer", [ExceptionGroup("inner", excs[:2]), KeyError("k"), ExceptionGroup("big", excs)])
try:
    raise nested
except ExceptionGroup as e:
    show(e)
try:
    try:
        raise ExceptionGroup("first", [TypeError("t")])
    except* TypeError:
        raise ValueError("in handler")
except ExceptionGroup as e:
    show(e)
te = traceback.TracebackException.from_exception(nested, max_group_width=2, max_group_depth=1)
print("".join(te.format()).replace(__file__, "FILE"), end="")
raise nested
