# del on names, items, slices, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
