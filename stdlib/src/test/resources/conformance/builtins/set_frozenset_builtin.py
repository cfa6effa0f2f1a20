# set() and frozenset() constructors and methods
print(set(), set([3, 1, 2, 3]), set("aab") == {"a", "b"}, set(range(5)), set({1: "x", 2: "y"}))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)) == {0, 1, 2})
fs = frozenset([1, 2, 3])
print(fs | {4}, fs & {2, 3, 9}, fs - {1}, fs ^ {3, 4}, fs.issubset(range(10)), fs.issuperset([1]))
print(hash(fs) == hash(frozenset([3, 2, 1])), {fs: "key"}[frozenset([1, 2, 3])])
s = {1, 2}
s.update([2, 3], {4})
s.intersection_update({1, 2, 3, 4, 5})
s.difference_update([1])
s.symmetric_difference_update({4, 5})
print(s, s.copy() == s, s.copy() is s)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], [3]), {1, 2, 3}.difference([1], [2]))
print(len({frozenset([1]), frozenset([1])}), {(1, 2), (1, 2)})
try:
    fs.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b", "a", "c"}), sorted(frozenset("hello")))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, frozenset([1]) == {1})
