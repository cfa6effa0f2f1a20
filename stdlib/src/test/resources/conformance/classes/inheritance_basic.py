# single inheritance, overriding, isinstance/issubclass
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("pip", 2)
print(p.age, p.name, p.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print(Puppy.__bases__, Puppy.__base__.__name__, Animal.__bases__)
print(type(p).__name__, type(p) is Puppy, p.__class__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)))
print(Dog.speak(p), Animal.speak(p))
print(Puppy.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])
