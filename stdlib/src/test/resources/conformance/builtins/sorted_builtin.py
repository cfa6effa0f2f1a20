# sorted(): keys, reverse, stability, iterables
print(sorted([5, 2, 9, 1]), sorted("sorted"), sorted((3, 1, 2), reverse=True), sorted({3: "a", 1: "b"}))
people = [("Alice", 30), ("bob", 25), ("Carol", 30), ("dave", 25), ("Eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1]))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.casefold, reverse=True))
print(sorted([3.5, -1, 2, 0.0, -0.0]), sorted([[3], [1, 2], [1]]), sorted([(2, "a"), (1, "b"), (2, "A")]))
print(sorted(x % 7 for x in range(20)), sorted(set([5, 3, 5, 1])))
print(sorted([], reverse=True), sorted("a"), sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
stable = sorted([(1, "first"), (0, "x"), (1, "second"), (1, "third")], key=lambda t: t[0], reverse=True)
print(stable)
try:
    sorted([1, 2], key=lambda x, y: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
