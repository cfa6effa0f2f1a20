# *args and **kwargs
def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show()
show(1, 2)
show(a=1)
show(1, "x", k=[1], z=None)
show(*range(3), **{"p": 1, "q": 2})
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*[4, 5]))
def forward(*a, **k):
    return show(*a, **k)
forward(9, key="v")
def mix(a, b, *rest, sep="-", **opts):
    return sep.join(str(x) for x in (a, b) + rest), sorted(opts.items())
print(mix(1, 2), mix(1, 2, 3, 4, sep="+", z=1, y=2))
def kw_only(**kw):
    return list(kw)
print(kw_only(b=1, a=2, c=3))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def f(a, b):
    return a - b
print(f(*[10, 3]), f(**{"b": 3, "a": 10}), f(10, **{"b": 1}))
