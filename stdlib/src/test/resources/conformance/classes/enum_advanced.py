# IntEnum, StrEnum, Flag, IntFlag, unique
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.MID, repr(Prio.MID), Prio.MID + 1, Prio.HIGH > Prio.LOW, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]))
print(f"{Prio.MID}", str(Prio.MID), int(Prio.HIGH), [1, 2, 3, 4, 5, 6][Prio.MID])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(Perm(7), Perm(0), list(rw) if hasattr(rw, "__iter__") else "")
class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
print(Mode.A | Mode.C, int(Mode.A | Mode.C), Mode.B | 1, Mode(3))
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    def is_first(self):
        return self is Weekday.MON
    @classmethod
    def first(cls):
        return cls.MON
print(Weekday.MON.is_first(), Weekday.TUE.is_first(), Weekday.first())
class Lower(str, Enum):
    A = "a"
    B = "b"
print(Lower.A == "a", Lower.A.upper(), Lower("b"))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Fl(Flag):
    X = auto()
    Y = auto()
    Z = auto()
print([f.value for f in Fl], Fl.X | Fl.Z)
