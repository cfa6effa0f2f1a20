# dict() constructor forms
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": 1}, k=2, j=3))
print(dict(zip(["one", "two"], [1, 2])), dict(((i, i * i) for i in range(4))))
print(dict([[1, 2], "ab"]), dict.fromkeys("xyz", 0), dict.fromkeys(range(3)))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()))
d = dict(a=1)
c = dict(d)
c["a"] = 99
print(d, c)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print(dict(a=1) == {"a": 1}, type(dict()).__name__)
