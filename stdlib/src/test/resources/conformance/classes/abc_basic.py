# abstract base classes
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
class Partial(Shape):
    def area(self):
        return 0
print(Square(3).describe())
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack")
        return NotImplemented
class Mallard:
    def quack(self):
        return "quack"
print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), isinstance(1, Duck))
class Iface(ABC):
    pass
Iface.register(int)
print(isinstance(5, Iface), issubclass(bool, Iface), issubclass(str, Iface))
from collections.abc import Iterable, Sized, Container, Hashable, Sequence, Mapping, Callable
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance((), Sequence))
print(isinstance("s", Sized), isinstance([], Hashable), isinstance(len, Callable))
class MyLen:
    def __len__(self):
        return 0
print(isinstance(MyLen(), Sized), isinstance(MyLen(), Container))
