# type() with one and three arguments
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(True) == int)
def method(self):
    return f"{type(self).__name__} with x={self.x}"
Dyn = type("Dyn", (), {"x": 5, "describe": method, "__doc__": "made by type()"})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__doc__, d.describe(), Dyn.__bases__)
Base = type("Base", (object,), {"greet": lambda self: "hello from Base"})
Child = type("Child", (Base,), {"x": 1})
print(Child().greet(), [k.__name__ for k in Child.__mro__], issubclass(Child, Base))
print(type(Dyn), type(Child()).__name__, Child.__module__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
Empty = type("Empty", (), {})
print(Empty().__class__.__name__, Empty.__qualname__)
