# TypeError messages for unsupported operand types
ops = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: "a" - "b",
    lambda: [1] * 1.5,
    lambda: "ab" * "c",
    lambda: {1} + {2},
    lambda: {"a": 1} + {"b": 2},
    lambda: None + 1,
    lambda: 1 / "2",
    lambda: 5 // None,
    lambda: 2 ** "x",
    lambda: -"abc",
    lambda: ~1.5,
    lambda: +[1],
    lambda: 1 < "a",
    lambda: [1] > 1,
    lambda: None >= None,
    lambda: 1 & 1.0,
    lambda: 1 << 1.0,
    lambda: "%d" % "x",
    lambda: b"a" + "b",
    lambda: 3 @ 4,
    lambda: 1 in 5,
    lambda: "a" in ["a"] in "a",
]
for op in ops:
    try:
        op()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
