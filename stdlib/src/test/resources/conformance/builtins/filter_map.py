# filter and map
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(abs, [-1, -2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
m = map(str.upper, ["a", "b"])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print(type(f).__name__, "".join(f))
print(list(map(int, "123")), sum(map(len, ["ab", "cde"])))
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
words = ["apple", "Banana", "cherry", "date"]
print(list(filter(lambda w: w[0].isupper(), words)), list(map(len, filter(lambda w: len(w) > 4, words))))
print(list(map(None.__class__, [])) if False else list(map(float, ["1.5", "2"])))
