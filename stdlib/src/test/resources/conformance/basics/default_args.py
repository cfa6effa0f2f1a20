# default arguments: evaluation time, mutable defaults
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(greeting="Yo", name="D"))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
v = 10
def uses_default(a=v):
    return a
v = 20
print(uses_default())
print(greet.__defaults__, append_to.__defaults__)
def kwdefaults(*, a=1, b=2):
    return a + b
print(kwdefaults(), kwdefaults(b=10), kwdefaults.__kwdefaults__)
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 5, 6, 7, c=8, d=9))
