# introspection attributes of classes and instances
class Base:
    """Base doc."""
    a = 1
    def m(self):
        pass
class Child(Base):
    b = 2
c = Child()
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__doc__, Base.__doc__)
print(Child.__bases__, Child.__base__, Child.__mro__)
print(sorted(k for k in Child.__dict__ if not k.startswith("__")), sorted(k for k in Base.__dict__ if not k.startswith("__")))
print(type(c), type(Child), type(type), type(len), type(c.m).__name__, type(Base.m).__name__)
print(c.__class__ is Child, c.__dict__, c.__module__)
c.x = 5
print(c.__dict__, vars(c) is c.__dict__)
print(int.__name__, str.__qualname__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(Base.m.__name__, Base.m.__qualname__, c.m.__name__)
print(hasattr(Child, "a"), getattr(Child, "b"), getattr(c, "zz", None))
print([n for n in dir(c) if not n.startswith("_")])
print(object.__bases__, type.__bases__, type.__base__)
print(repr(Child).endswith("Child'>"), str(int), str(type(3.0)))
