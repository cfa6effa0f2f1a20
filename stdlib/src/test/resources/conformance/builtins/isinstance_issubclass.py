# isinstance and issubclass with tuples, unions and ABCs
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(C, object))
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), issubclass(bool, int | float))
print(isinstance(1, (int, (str, float))), isinstance([], ()))
import collections.abc as cabc
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.MutableMapping))
print(isinstance(range(3), cabc.Sequence), isinstance("s", cabc.Iterable), isinstance(iter([]), cabc.Iterator))
print(isinstance(x for x in []), cabc.Generator) if False else print(isinstance((x for x in []), cabc.Generator))
print(issubclass(list, cabc.Sized), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))
print(isinstance(type, type), isinstance(object, type), isinstance(A, type), isinstance(b, type))
print(isinstance(3, float), isinstance(3.0, float), isinstance(1 + 0j, complex), isinstance(True, bool))
