# max and min with key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("apple", "pear", "fig"))
print(max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "b", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max(1, 2.5, True), min(-0.0, 0), min(0, -0.0), max(float("-inf"), -10 ** 100))
pairs = [("x", 3), ("y", 3), ("z", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 3, -n)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
print(max(iter([3, 8, 1])), min(x * x for x in [-3, 2, 5]))
