# sorting: stability, keys, reverse, mixed
data = [("bob", 3), ("alice", 2), ("carol", 3), ("dave", 1), ("eve", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (-t[1], t[0])))
print(sorted("Banana apple Cherry".split(), key=str.lower))
print(sorted([3, -1, -4, 2], key=abs))
print(sorted([0.5, -1, 3, 2.25, True]))
nums = [5, 2, 8, 1]
nums.sort()
print(nums, sorted(nums, reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
words = ["kiwi", "fig", "apple", "date", "banana", "plum"]
print(sorted(words, key=len))
print(list(reversed(sorted(words))))
print(sorted(range(10), key=lambda n: n % 3))
