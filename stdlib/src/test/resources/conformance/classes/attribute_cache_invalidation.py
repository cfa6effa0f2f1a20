class A:
    kind = "class"
    def __init__(self):
        self.x = 1

def read(o):
    return o.x, o.kind

a = A()
print([read(a) for _ in range(3)])
a.kind = "instance"
print(read(a))
del a.kind
print(read(a))
A.kind = "changed"
print(read(a))
del a.x
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
A.__getattr__ = lambda self, n: "dynamic " + n
print(read(a))
del A.__getattr__
A.x = property(lambda self: "property x")
a.__dict__["x"] = "shadowed by the property?"
print(read(a))
del A.x
print(read(a))
a.__dict__ = {"x": "new dict"}
print(read(a))

class B(A):
    pass
b = B()
print(read(b))
A.kind = "base changed"
print(read(b))
b.__class__ = A
print(read(b))

class Holder:
    pass
class Value:
    pass
Holder.v = Value()
h = Holder()
def get(o):
    return o.v
print(type(get(h)).__name__)
Value.__get__ = lambda self, obj, typ: "now a descriptor"
print(get(h))
for _ in range(3):
    print(read(b), get(h))
