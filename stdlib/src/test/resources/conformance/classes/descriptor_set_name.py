# __set_name__ on descriptors
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "<unset>")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
    plain = 5
m = Model()
print(m.first)
m.first = "one"
m.second = 2
print(m.first, m.second, sorted(vars(m).items()))
print(Model.first.name, Model.second.private)
class Counted:
    def __set_name__(self, owner, name):
        owner.registry = getattr(owner, "registry", []) + [name]
class R:
    a = Counted()
    b = Counted()
print(R.registry)
