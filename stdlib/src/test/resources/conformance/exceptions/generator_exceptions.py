# exceptions raised inside, thrown into, and propagating out of generators
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("injected")))
try:
    next(g)
except StopIteration:
    print("exhausted")
def failing():
    yield "first"
    raise KeyError("inside gen")
g = failing()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("propagated", e)
try:
    next(g)
except StopIteration:
    print("dead generator raises StopIteration")
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = closer()
next(g)
g.close()
print("closed")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stop_inside():
    yield 1
    raise StopIteration("converted")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(list(x for x in [1, 2] if x))
