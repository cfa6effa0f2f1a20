# all and any, with short-circuiting
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in [1, 2]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 10)))
words = ["apple", "avocado", "apricot"]
print(all(w.startswith("a") for w in words), any(len(w) > 6 for w in words))
