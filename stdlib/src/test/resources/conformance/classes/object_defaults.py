# default behaviors inherited from object
class P:
    pass
a, b = P(), P()
print(a == b, a != b, a == a, a is not b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(bool(a), str(a) == repr(a), isinstance(hash(a), int))
print(P.__eq__(a, a), P.__eq__(a, b), P.__ne__(a, b))
print(object.__eq__(1, 1), object.__eq__(1, 2))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(P.__str__ is object.__str__, P.__repr__ is object.__repr__)
print(format(a, "") == str(a))
print(a.__class__.__name__, a.__sizeof__() > 0, P.__hash__ is object.__hash__)
print(sorted(set(dir(P())) - set(dir(object))))
