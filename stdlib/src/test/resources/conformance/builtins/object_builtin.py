# object(): the root type
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, type(object).__name__)
print(issubclass(int, object), issubclass(type, object), isinstance(object, object))
sentinel = object()
def find(d, k):
    v = d.get(k, sentinel)
    return "missing" if v is sentinel else v
print(find({"a": None}, "a"), find({}, "a"))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(str(o).startswith("<object object at 0x"), repr(o) == str(o))
print(sorted(n for n in ["__eq__", "__hash__", "__repr__", "__init__"] if hasattr(o, n)))
