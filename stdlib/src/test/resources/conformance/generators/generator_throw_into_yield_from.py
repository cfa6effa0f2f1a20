# throw() and close() propagate through yield from chains
def leaf():
    try:
        yield "leaf-1"
        yield "leaf-2"
    except KeyError as e:
        print("leaf handled", repr(e))
        yield "leaf-recovered"
    finally:
        print("leaf finally")
def middle():
    try:
        r = yield from leaf()
        yield "middle-after"
    finally:
        print("middle finally")
def top():
    yield from middle()
    yield "top-end"
g = top()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g))
print(next(g, "exhausted"))
g2 = top()
next(g2)
print("closing g2")
g2.close()
g3 = top()
next(g3)
try:
    g3.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated out:", e)
