# class bodies execute top to bottom; class namespace semantics
print("before class")
class C:
    print("executing class body")
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
    def method(self):
        return self.x
    print("locals in class:", sorted(k for k in locals() if not k.startswith("__")))
    if y > 1:
        z = "conditional attr"
print("after class", C.x, C.y, C.z, C().method())
print(C.__name__, C.__qualname__, C.__module__)
def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
v = "global"
class Scope:
    v = "class"
    def m(self):
        return v
print(Scope().m())
class Empty:
    """Docstring only."""
print(Empty.__doc__, Empty().__class__.__name__)
