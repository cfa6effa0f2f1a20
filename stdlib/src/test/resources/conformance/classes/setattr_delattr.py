# __setattr__ and __delattr__
class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "age":
            raise AttributeError("cannot delete age")
        super().__delattr__(name)
v = Validated()
v.age = 5
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, vars(v))
del v.name
try:
    del v.age
except AttributeError as e:
    print("AttributeError:", e)
print(vars(v))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, k, v):
        self.log.append(k)
        self.__dict__[k] = v
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a)
setattr(r, "c", 4)
print(r.log, getattr(r, "c"))
