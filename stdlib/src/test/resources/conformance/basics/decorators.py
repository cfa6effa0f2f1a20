# function decorators, stacked, with arguments
def trace(fn):
    def wrapper(*args, **kw):
        print("calling", fn.__name__, args, kw)
        result = fn(*args, **kw)
        print("result", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "txt"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a is not None)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return "Deco(" + str(self.fn(*a)) + ")"
@Deco
def val(x):
    return x + 1
print(val(1))
@(lambda f: f)
def ident():
    return "lambda decorator"
print(ident())
