# ValueError messages from builtins and methods
import math
cases = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("ff", 10),
    lambda: int("9", 8),
    lambda: int("1", 1),
    lambda: float("abc"),
    lambda: float(""),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: "a,b".split(""),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: max([]),
    lambda: min(()),
    lambda: range(0, 10, 0),
    lambda: "{:d}".format("x") if False else format(3.5, "d"),
    lambda: "x".center(5, "ab"),
    lambda: bytes([256]),
    lambda: "abc".encode("no-such-codec"),
    lambda: complex("1+2"),
    lambda: dict([(1, 2, 3)]),
    lambda: int("١x"),
    lambda: [1, 2, 3][::0],
    lambda: "%c" % 10000000,
]
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, LookupError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a = b = None
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = "x"
except ValueError as e:
    print("ValueError:", e)
