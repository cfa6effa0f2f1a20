# callable()
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
def f():
    pass
items = [f, lambda: 0, print, len, int, WithCall, WithCall(), Without, Without(), 5, "s", None,
         [].append, str.upper, "x".upper, type, object(), classmethod(f), staticmethod(f)]
for i in items:
    print(type(i).__name__, callable(i))
w = Without()
w.__call__ = lambda: "instance attribute"
print(callable(w))
