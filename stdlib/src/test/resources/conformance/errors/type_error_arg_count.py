# TypeError messages for wrong argument counts and keywords
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    pass
class Foo:
    def method(self, x):
        return x
    @staticmethod
    def st(x):
        return x
    @classmethod
    def cm(cls, x):
        return x
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: g(1, 2, 3, c=4),
    lambda: g(1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: Foo().method(),
    lambda: Foo().method(1, 2),
    lambda: Foo.method(1),
    lambda: Foo.st(),
    lambda: Foo.cm(1, 2),
    lambda: Foo(1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len([], []),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1, 2, 3),
    lambda: isinstance(1),
    lambda: divmod(1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
