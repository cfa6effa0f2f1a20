# nested function definitions, attributes, docstrings, annotations
def outer(x):
    """Outer docstring."""
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
print(outer.__doc__, outer.__name__)
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated.__annotations__)
print(annotated(1))
def f():
    pass
f.custom = "attribute"
print(f.custom, f.__doc__)
def gen_funcs():
    def one():
        return 1
    def two():
        return one() + 1
    return two
print(gen_funcs()())
print(outer.__qualname__, outer(0).__qualname__, outer(0)(0).__qualname__)
def defaults(a, b=[]):
    return b
print(defaults.__code__.co_argcount if hasattr(defaults, "__code__") else 2)
def early(n):
    if n > 0:
        return "positive"
    print("fell through")
print(early(1), early(-1))
