# keyword-only and positional-only parameters
def f(a, b, /, c, d, *, e, f):
    return a, b, c, d, e, f
print(f(1, 2, 3, d=4, e=5, f=6))
print(f(1, 2, c=3, d=4, e=5, f=6))
try:
    f(1, b=2, c=3, d=4, e=5, f=6)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, e=5)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key):
    return key
print(h(key="k"))
try:
    h("k")
except TypeError as e:
    print("TypeError:", e)
def pos(a, b=2, /):
    return a + b
print(pos(1), pos(1, 5))
try:
    pos()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, d=4, e=5, f=6, g=7)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, e=5, f=6, c=7)
except TypeError as e:
    print("TypeError:", e)
