# Setting or deleting what cannot be: a property without setter or deleter, a builtin type's
# read-only attribute, __class__ of an immutable type's instance (CPython 3.11's messages).
class C:
    @property
    def x(self):
        return 1

    y = property(lambda self: 2, lambda self, v: None)


class D(C):
    pass


def attempt(stmt):
    try:
        exec(stmt)
        print(stmt, "ok")
    except (AttributeError, TypeError) as e:
        print(stmt, "->", type(e).__name__, e)


for stmt in ["C().x = 2", "del C().x", "del C().y", "C().y = 5", "D().x = 5", "setattr(D(), 'x', 1)",
             "delattr(C(), 'x')", "(1).real = 2", "del (1).real", "(1.5).imag = 0",
             "'a'.__class__ = int", "len.__name__ = 'x'", "(1).__class__ = bool", "C.__dict__['x'].__set__(C(), 1)"]:
    attempt(stmt)
