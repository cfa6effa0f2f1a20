# uncaught NotImplementedError from an abstract-style method
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Blob()]:
    print(type(shape).__name__, shape.area())
