# StopIteration.value carries a generator's return value
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("value:", e.value)
def noreturn():
    yield 1
g = noreturn()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
print(StopIteration(1, 2).value, StopIteration().value)
def delegator():
    r = yield from gen()
    print("delegated result", r)
    return r * 2
g = delegator()
print(list(g))
g = delegator()
next(g)
try:
    next(g)
except StopIteration as e:
    print("outer value:", e.value)
it = iter([])
print(next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator:", e.args, e.value)
