# dir() of user objects, filtered to non-dunder names
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
        self._private = 4
    def child_method(self):
        pass
    @property
    def prop(self):
        return 5
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
import math
print([n for n in dir(math) if n.startswith("f")])
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print("__init__" in dir(c), "__class__" in dir(c), dir(c) == sorted(dir(c)))
