# class attributes vs instance attributes, shadowing and shared mutables
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add("roll")
b.add("sit")
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks)
print(a.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(sorted(vars(a)), "species" in Dog.__dict__)
Dog.new_attr = "added later"
print(b.new_attr)
def bark(self):
    return self.name + " says woof"
Dog.bark = bark
print(a.bark())
a.bark = lambda: "instance override"
print(a.bark(), b.bark())
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.n, c2.n, Counter.n)
