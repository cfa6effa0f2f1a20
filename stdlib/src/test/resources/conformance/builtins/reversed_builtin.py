# reversed()
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))), "".join(reversed("stressed")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), list(reversed(range(10, 0, -3))))
r = reversed([1, 2])
print(iter(r) is r, next(r), next(r), next(r, "end"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "order"])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
