# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict(zip("ab", [1, 2])))
print("a" in d, "q" not in d, 1 in {1: 2}.values() if False else 2 in {1: 2}.values())
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m = {"p": 1} | {"q": 2, "p": 3}
print(m)
m |= {"r": 4}
print(m)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
print({1: "int", 1.0: "float", True: "bool"})
k = d.keys()
d["late"] = 0
print(list(k)[-1], len(k))
print({"a": 1}.keys() & {"a", "b"} == {"a"}, sorted({"a": 1}.keys() | {"b"}))
print(list(reversed({"x": 1, "y": 2, "z": 3})))
