# array module
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], a[1:3], len(a), a.typecode, a.itemsize)
a.insert(0, 0)
a.remove(3)
print(a, a.pop(), a.index(4), a.count(1), list(reversed(a)))
d = array("d", [1.5, 2.5])
print(d, d.tobytes().hex(), array("d", d.tobytes()) == d)
b = array("b", b"\x01\xff")
print(b, b.tolist())
u = array("u", "hello")
print(u, u.tounicode())
try:
    array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(array("h", range(5)) * 2, array("l") == array("l", []), sum(array("i", range(10))))
