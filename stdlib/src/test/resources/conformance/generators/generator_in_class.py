# __iter__ implemented as a generator; generator methods
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t))
print(list(t.leaves()))
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        cur = self.lo
        while cur < self.hi:
            yield cur
            cur += 1
    def __reversed__(self):
        cur = self.hi - 1
        while cur >= self.lo:
            yield cur
            cur -= 1
r = Range2(3, 7)
print(list(r), list(reversed(r)), 5 in r, 9 in r)
print(list(zip(r, reversed(r))))
