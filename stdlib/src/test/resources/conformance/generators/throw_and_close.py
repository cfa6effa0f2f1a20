# generator.throw and generator.close
def worker():
    print("worker start")
    while True:
        try:
            job = yield
            print("processing", job)
        except ValueError as e:
            print("worker handled ValueError:", e)
        except GeneratorExit:
            print("worker closing")
            return
w = worker()
next(w)
w.send("job1")
w.throw(ValueError("bad job"))
w.send("job2")
w.close()
print("closed; send again ->", end=" ")
try:
    w.send("job3")
except StopIteration:
    print("StopIteration")
def unhandled():
    yield 1
    yield 2
g = unhandled()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "generator is finished"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown before start:", e)
f2 = fresh()
f2.close()
print(next(f2, "closed before start"))
def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
fg = finally_gen()
next(fg)
fg.close()
def yield_after_throw():
    while True:
        try:
            yield "normal"
        except TypeError:
            yield "recovered"
y = yield_after_throw()
print(next(y), y.throw(TypeError), next(y))
