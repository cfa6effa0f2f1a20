# user-defined descriptors: data vs non-data precedence
class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return "Data on class " + owner.__name__
        return "Data.__get__"
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d"] = value
class NonData:
    def __get__(self, obj, owner):
        return "NonData.__get__"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n, C.d, C.n)
c.d = 10
print(c.d, c.__dict__)
c.n = 20
print(c.n, c.__dict__)
del c.n
print(c.n)
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, type(Person.name).__name__)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def hi(self, x):
        return ("hi", x, type(self).__name__)
print(K().hi(1))
