# list() and tuple() constructors
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({3: 0}.items()))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x * 2 for x in range(3)), tuple({5}))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy, list(orig) is orig)
t = (1, 2)
print(tuple(t) is t, list(t))
print(list(map(list, ["ab", "c"])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed((1, 2, 3))), tuple(sorted("cab")))
