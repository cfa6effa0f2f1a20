# zero-argument super() in methods, classmethods, properties
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return "base greet"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
    @property
    def info(self):
        return "base info"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def greet(self):
        return "child + " + super().greet()
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
    @property
    def info(self):
        return "child info + " + super().info
c = Child(1, 2)
print(c.x, c.y, c.greet(), Child.make(), c.info)
class Inner(Child):
    def greet(self):
        def helper():
            return "nested helper can't use zero-arg super easily"
        return super().greet() + " | " + helper()
print(Inner(5, 6).greet())
class WithStr:
    def __str__(self):
        return "WithStr(" + super().__str__()[:1] + ")"
print(str(WithStr()))
class Lst(list):
    def append(self, v):
        super().append(v * 10)
l = Lst()
l.append(1); l.append(2)
print(l, len(l))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
d = D()
d["a"] = 1
print(d)
