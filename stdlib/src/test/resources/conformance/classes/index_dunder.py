# __index__ lets objects act as integers
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = list("abcdef")
i = Idx(2)
print(lst[i], lst[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)), operator_index := __import__("operator").index(Idx(9)))
print(format(Idx(10), "b") if False else (1).__index__())
class NoIndex:
    pass
try:
    lst[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
class IntLike:
    def __int__(self):
        return 3
try:
    [1, 2, 3, 4][IntLike()]
except TypeError as e:
    print("TypeError:", e)
print(int(IntLike()))
