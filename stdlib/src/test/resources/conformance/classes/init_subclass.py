# __init_subclass__ hooks
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "->", cls.__name__)
class Csv(Plugin):
    pass
class Json(Plugin, name="js"):
    pass
class SubJson(Json):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["js"] is Json)
class Strict:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
        super().__init_subclass__(**kwargs)
class Good(Strict):
    required = True
print("Good created", Good.required)
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Weird(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counting:
    count = 0
    def __init_subclass__(cls):
        Counting.count += 1
        cls.serial = Counting.count
class X(Counting): pass
class Y(Counting): pass
class Z(X): pass
print(X.serial, Y.serial, Z.serial, Counting.count)
