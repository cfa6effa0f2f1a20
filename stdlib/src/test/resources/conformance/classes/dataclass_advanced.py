# dataclasses: order, frozen, inheritance, kw_only, slots, unsafe_hash
from dataclasses import dataclass, field, FrozenInstanceError, is_dataclass, KW_ONLY
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), max(vs))
@dataclass(frozen=True)
class Frozen:
    name: str
    value: int = 1
f = Frozen("f")
try:
    f.value = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(f) == hash(Frozen("f")), {f, Frozen("f")} == {f})
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Derived(Base):
    c: float = 1.5
print(Derived(1), Derived(1, "x", 2.5))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    pos: int
    _: KW_ONLY
    flag: bool = False
print(Mixed(1, flag=True))
@dataclass(slots=True)
class Slotted:
    x: int
    y: int
s = Slotted(1, 2)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
print(is_dataclass(s), is_dataclass(Slotted), is_dataclass(1))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), repr(NoEq(1)))
@dataclass
class Defaults:
    a: list = field(default_factory=lambda: [1, 2])
    b: dict = field(default_factory=dict, compare=False)
print(Defaults(), Defaults() == Defaults([1, 2], {"x": 1}))
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
