# The TypeError of f(**x) when x is not a mapping names the callable as CPython 3.11 does
# (module and qualified name for functions and methods, the qualified name for builtins).
def f(*a, **k):
    pass


class C:
    def m(self, *a, **k):
        pass


for src in ["f(**5)", "f(a=1, **5)", "f(**{}, **5)", "C().m(**3)", "C.m(**[])", "len(**5)",
            "str.upper(**5)", "int(**None)", "(lambda **k: 0)(**1)", "f(1, *5)", "f(*5, 1)", "[*5]",
            "{**5}", "f(**{'a': 1}, **{'a': 2})", "C().m(**{'a': 1}, a=2)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
