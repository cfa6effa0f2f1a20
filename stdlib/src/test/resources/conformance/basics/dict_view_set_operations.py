d = {"a": 1, "b": 2, "c": 3, 5: 0}
e = {"b": 0, "x": 9}
print(d.keys() | [7, 8], [7, 8] | d.keys(), d.keys() - ["a"], ["a", "z"] - d.keys())
print(d.keys() & ["a", "q", 5], ["c", "q"] & d.keys(), d.keys() ^ {"a", "n"}, {"a", "n"} ^ d.keys())
print(d.items() | {("a", 1), ("n", 2)}, d.items() & [("a", 1)], d.keys() & e.keys(), e.keys() & d.keys())
print(d.keys() & {"a", "b", "c", "d", "e", "f"}, d.keys().isdisjoint(["q"]), d.keys() == {"a", "b", "c", 5})
class D(dict):
    def __iter__(self):
        return iter(["only"])
print(set(D(a=1, b=2)), D(a=1).keys() | {"z"})
try:
    d.values() | {1}
except TypeError as ex:
    print(ex)
