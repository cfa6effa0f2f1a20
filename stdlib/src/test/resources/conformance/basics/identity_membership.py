# is / in operators
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None), True is True)
print(2 in [1, 2], 2 in (1, 2), 2 in {1: "x", 2: "y"}, 2 in {2}, "b" in "abc", "" in "abc")
print("ab" in "cab", "ac" in "abc", [1] in [[1]], 3 not in range(3))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains called", x)
        return x in self.items
print(5 in Box([5]), 6 not in Box([5]))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 4 in It())
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
x = "intern"
print(x is x, id(x) == id(x))
