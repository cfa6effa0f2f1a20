# subclassing builtin types
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, type(ml + [5]).__name__, type(ml[1:]).__name__)
class CountDict(dict):
    def __missing__(self, k):
        return 0
cd = CountDict()
for w in "a b a c a".split():
    cd[w] += 1
print(cd, isinstance(cd, dict))
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hey", {s: 1}["hey"])
class Int(int):
    def double(self):
        return Int(self * 2)
i = Int(21)
print(i.double(), type(i.double()).__name__, type(i + 1).__name__, i == 21)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st)
class Tup(tuple):
    def first(self):
        return self[0]
print(Tup((5, 6)).first(), Tup("ab"))
class OrderedSet(dict):
    def add(self, x):
        self[x] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
o = OrderedSet()
for x in "banana":
    o.add(x)
print(o)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
ld = LoudDict(a=1)
ld["b"] = 2
ld.update(c=3)
print(ld)
