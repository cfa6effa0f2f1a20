# __new__ vs __init__, singletons, immutable subclasses
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs each time")
print(Single() is Single())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u))
class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PosInt(5) + 1, type(PosInt(5)).__name__)
try:
    PosInt(-1)
except ValueError as e:
    print("ValueError:", e)
class Other:
    def __init__(self):
        print("Other.__init__ never runs here")
class Factory:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called because __new__ returned non-instance")
print(Factory())
class Point3(tuple):
    def __new__(cls, x, y, z):
        return super().__new__(cls, (x, y, z))
    @property
    def x(self):
        return self[0]
p = Point3(1, 2, 3)
print(p, p.x, len(p), p + (4,))
