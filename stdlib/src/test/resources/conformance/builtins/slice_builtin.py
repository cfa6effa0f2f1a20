# slice objects
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], "abcdefghij"[s])
print(slice(5), slice(None), slice(2, None), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(0, 100).indices(4))
data = list(range(10))
first_half = slice(0, 5)
evens = slice(None, None, 2)
print(data[first_half], data[evens], data[slice(-2, None)])
data[first_half] = ["x"]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(repr(slice("a", "b")), (1, 2, 3)[slice(None, None, -1)])
