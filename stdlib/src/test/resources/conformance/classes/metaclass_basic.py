# metaclasses: __new__, __init__, __call__, class-level attributes
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["added_by_meta"] = name.upper()
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.created_via_meta = True
        return inst
class Base(metaclass=Meta):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
class Derived(Base, flag=1):
    extra = 1
print(type(Base).__name__, type(Derived).__name__, Derived.added_by_meta)
d = Derived(5)
print(d.v, d.created_via_meta)
print(isinstance(Base, Meta), isinstance(Base, type), type(Meta).__name__)
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.added_by_meta)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config())
class Upper(type):
    def __getattr__(cls, name):
        return "meta-attr " + name
class U(metaclass=Upper):
    pass
print(U.anything)
