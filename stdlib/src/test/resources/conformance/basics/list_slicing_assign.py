# slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
del a[::3]
print(a)
b = list(range(6))
b[1:3] = []
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[-2:] = "xy"
print(b)
c = [1, 2, 3, 4, 5]
c[::-1] = [10, 20, 30, 40, 50]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = [0, 1, 2, 3, 4, 5, 6]
del d[1:6:2]
print(d)
d[5:1] = [9]
print(d)
e = [1, 2, 3]
e[10:20] = [4]
print(e)
