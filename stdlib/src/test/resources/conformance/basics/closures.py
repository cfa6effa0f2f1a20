# closures capture variables, not values
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in late()])
def counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return step, peek
s, p = counter(10)
s(); s()
print(p())
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
print(fib.__closure__ is not None, counter.__closure__)
def outer():
    v = "captured"
    def inner():
        return v
    v = "rebound"
    return inner
print(outer()())
print(s.__code__.co_freevars if hasattr(s, "__code__") else "")
