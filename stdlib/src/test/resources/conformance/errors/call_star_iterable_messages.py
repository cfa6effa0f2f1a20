# f(*x) with x not iterable: CPython 3.11 names the callable ("f() argument after * must be an
# iterable"), since its call takes x itself; f(1, *x) builds a list first ("Value after *").
def f(*a, **k):
    pass


class C:
    def m(self, *a):
        pass


for src in ["f(*5)", "f(*None)", "C().m(*5)", "C.m(*5)", "len(*5)", "print(*5)", "int(*5)",
            "str.upper(*5)", "(lambda *a: 0)(*5)", "f(*5, **{})"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
