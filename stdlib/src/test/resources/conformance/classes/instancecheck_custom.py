# __instancecheck__ / __subclasscheck__ on metaclasses
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even))
print(issubclass(int, Even), issubclass(str, Even))
print(isinstance(4, (str, Even)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (str, A)), issubclass(A, B))
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(int, object), issubclass(type, type), issubclass(object, type))
print(isinstance([], (list | tuple)) if hasattr(type, "__or__") else "", isinstance(1, int | str))
