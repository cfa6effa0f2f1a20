# id(): only identity comparisons
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a[:]))
x = None
print(id(x) == id(None), id(True) == id(bool(1)))
class K:
    pass
k1, k2 = K(), K()
print(id(k1) == id(k1), id(k1) != id(k2), isinstance(id(k1), int))
def same(o):
    return o
print(id(same(a)) == id(a))
d = {}
d[id(a)] = "a"
print(d[id(b)])
