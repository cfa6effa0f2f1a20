# enum.Enum basics
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED == Color.RED)
print(isinstance(Color.GREEN, Color), type(Color.GREEN).__name__)
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2).name)
print(list(Shape.__members__))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3))
print({Color.RED: "r"}[Color.RED], Color.RED in Color)
print(f"{Color.RED}", f"{Color.RED!r}", str(Color.GREEN))
