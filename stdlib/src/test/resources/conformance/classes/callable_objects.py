# __call__ and callable()
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *, times=1):
        self.calls += 1
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(2, times=3), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(add5, [10, 20])))
class Pipeline:
    def __init__(self, *funcs):
        self.funcs = funcs
    def __call__(self, value):
        for f in self.funcs:
            value = f(value)
        return value
p = Pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hi  "))
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c(), c(), c())
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Meth:
    def method(self):
        return "bound"
m = Meth()
bound = m.method
print(bound(), bound.__self__ is m, bound.__func__ is Meth.method, Meth.method(m))
