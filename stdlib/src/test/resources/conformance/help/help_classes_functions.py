# help() on functions and classes defined in Python: signatures, docstrings, and a class's
# sections (methods, class and static methods, properties, data descriptors, data), its own
# and those it inherits, as CPython 3.11 prints them without a terminal.
import pydoc


def f(a, b=1, *args, c: int = 3, **kw) -> str:
    """Do things.

    More lines here.
    """


def g(x, /, y, *, z=None):
    pass


help(f)
help(g)
help(lambda x, *rest: x)


class Base:
    "Base doc."

    def hello(self):
        "Say hi."

    def __len__(self):
        return 0

    z = 3
    greeting = "hello " * 20


class C(Base):
    """A class C.

    With details."""
    x = 5

    def __init__(self, v):
        self.v = v

    def meth(self, y=2):
        "A method."
        return y

    def hello(self):
        pass

    @property
    def p(self):
        "A property."

    @property
    def rw(self):
        return 1

    @rw.setter
    def rw(self, value):
        pass

    @staticmethod
    def s(q):
        pass

    @classmethod
    def k(cls):
        "Class method."

    alias = meth


help(C)
help(C.meth)
help(C(1).meth)
help(C.k)
help(C.p)
help(C(1))


class Slotted:
    __slots__ = ("a", "b")


help(Slotted)


class Plain:
    pass


help(Plain)
print(pydoc.render_doc(Plain, renderer=pydoc.plaintext))
print(repr(pydoc.render_doc(Base.hello)))
print(repr(pydoc.getdoc(C)), repr(pydoc.getdoc(C.hello)), repr(pydoc.getdoc(Plain)))
print(pydoc.splitdoc(pydoc.getdoc(C)))
print(pydoc.describe(C), pydoc.describe(f), pydoc.describe(len), pydoc.describe(C(1).meth), pydoc.describe(1))
print(repr(pydoc.plain(pydoc.text.bold("bold"))))
