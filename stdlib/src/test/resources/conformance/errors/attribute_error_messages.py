# AttributeError messages
import math
class Foo:
    def __init__(self):
        self.name = "foo"
class Slotted:
    __slots__ = ("a",)
cases = [
    lambda: Foo().x,
    lambda: Foo.y,
    lambda: (5).append(1),
    lambda: None.upper(),
    lambda: "s".foo,
    lambda: [].push(1),
    lambda: math.tau_not_real,
    lambda: Slotted().a,
    lambda: setattr(Slotted(), "b", 1),
    lambda: setattr(object(), "x", 1),
    lambda: delattr(Foo(), "missing"),
    lambda: (1, 2).sort(),
    lambda: {}.add(1),
    lambda: int.nope,
    lambda: setattr("str", "upper", None),
    lambda: setattr(int, "real", 5),
    lambda: type(None).x,
]
for c in cases:
    try:
        c()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
