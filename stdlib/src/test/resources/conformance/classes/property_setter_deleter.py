# property with getter, setter, deleter
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
class Old:
    def getx(self):
        return self.__x
    def setx(self, v):
        self.__x = v * 2
    x = property(getx, setx, None, "the x property")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__, type(Old.x).__name__)
print(isinstance(Temperature.celsius, property), Temperature.celsius.fget.__name__)
class Ro:
    @property
    def val(self):
        return 42
r = Ro()
try:
    del r.val
except AttributeError as e:
    print("AttributeError:", e)
