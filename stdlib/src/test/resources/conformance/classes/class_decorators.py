# class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"))
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register("alpha")
class Alpha:
    pass
@register("beta")
class Beta:
    pass
print(sorted(registry), Alpha.registered_as, registry["beta"] is Beta)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("x").url, Db("y").url, Db("z") is Db("w"))
def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Thing:
    def __init__(self, n):
        self.n = n
Thing(1); Thing(2); Thing(3)
print(Thing.instances)
