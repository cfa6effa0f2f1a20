# __getitem__/__setitem__/__delitem__/__contains__/__len__/__missing__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(g)
print((1, 1) in g, (0, 0) in g, len(g))
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[10, 10]
except IndexError as e:
    print("IndexError:", e)
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["hello"], d["hello"], d)
print(d.get("zz"), "zz" in d)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
for v in Seq():
    print("iter", v)
