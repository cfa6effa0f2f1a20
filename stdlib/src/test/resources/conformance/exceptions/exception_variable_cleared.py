# the 'as' name is deleted at the end of the except clause
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    print("saved:", type(err).__name__, err)
    try:
        exc
    except UnboundLocalError as u:
        print("UnboundLocalError:", u)
f()
x = 1
try:
    pass
except Exception as x:
    pass
print("x untouched when no exception:", x)
