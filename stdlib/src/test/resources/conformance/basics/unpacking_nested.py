# nested unpacking
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, y], z = "ab", "c"
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
pts = [(1, (2, 3)), (4, (5, 6))]
print([p + q + r for p, (q, r) in pts])
(a, *b), [c, *d] = "xyz", [1, 2, 3]
print(a, b, c, d)
m = [[1, 2], [3, 4]]
(p, q), (r, s) = m
print(p * s - q * r)
a = b = c = [0]
a.append(1)
print(a, b, c)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
obj = type("O", (), {})()
obj.x, obj.y = 5, 6
print(obj.x, obj.y)
d = {}
d["a"], d["b"] = "AB"
print(d)
