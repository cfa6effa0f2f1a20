# yield from: delegation, return values, send/throw pass-through
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer received return value:", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "done"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
print(list(tree(t)))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"inner caught {e}"
def delegator():
    yield from catcher()
    yield "after"
d = delegator()
print(next(d))
print(d.throw(ValueError("X")))
print(next(d))
def depth(n):
    if n == 0:
        return 0
    r = yield from depth(n - 1)
    yield n
    return r + n
gen = depth(4)
print(list(gen))
def summing():
    total = yield from depth(5)
    yield f"total {total}"
print(list(summing()))
