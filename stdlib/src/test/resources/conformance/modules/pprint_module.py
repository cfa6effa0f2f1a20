# pprint of nested structures and width wrapping
import pprint
data = {
    "name": "conformance",
    "version": (3, 11, 7),
    "dependencies": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "nested": {"level1": {"level2": {"level3": list(range(12))}}},
    "flags": {"debug": False, "verbose": True},
    "empty": {},
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, width=100)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat({"b": 1, "a": 2}))
pprint.pprint([[1, 2, 3], [4, 5, 6], [7, 8, 9]], width=20)
pprint.pprint("a long string " * 8, width=40)
pprint.pprint(("tuple", ["with", {"a": "dict"}], {1, 2, 3}))
print(pprint.isreadable([1, 2]), pprint.saferepr({"x": [1, 2]}))
pprint.pprint({"k" * 30: ["v" * 30, "w" * 30]}, width=50)
