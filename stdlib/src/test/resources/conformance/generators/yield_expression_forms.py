# yield used as an expression in various positions
def g():
    a = yield
    print("a =", a)
    b = (yield "second") + 1
    print("b =", b)
    lst = []
    lst.append((yield "third"))
    print("lst =", lst)
    d = {"k": (yield "fourth")}
    print("d =", d)
    x, y = yield "fifth"
    print("x, y =", x, y)
    yield f"done {a} {b} {lst} {d} {x + y}"
gen = g()
print(next(gen))
print(gen.send("A"))
print(gen.send(41))
print(gen.send("L"))
print(gen.send("V"))
print(gen.send((3, 4)))
def yield_in_condition():
    while (v := (yield)) != "stop":
        print("got", v)
    yield "stopped"
h = yield_in_condition()
next(h)
h.send("one")
h.send("two")
print(h.send("stop"))
def yield_none():
    r = yield
    yield r
n = yield_none()
print(next(n), next(n))
