# metaclass __prepare__, class registry, and class-level methods via metaclass
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = [k for k in ns if not k.startswith("_") and k != "prepared"]
        return cls
class Rec(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Rec.prepared, Rec.field_order)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
    def __len__(cls):
        return len(Registry.classes)
    def __iter__(cls):
        return iter(Registry.classes)
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"
class A(metaclass=Registry): pass
class B(A): pass
class C(B): pass
print(Registry.classes, len(A), list(C), repr(B))
print(type.__name__, type(type) is type, type(object) is type)
T = type("T", (A,), {"k": 9})
print(T, T.k, Registry.classes[-1])
