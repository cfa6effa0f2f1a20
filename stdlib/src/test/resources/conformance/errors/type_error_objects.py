# TypeError messages for misuse of objects
cases = [
    lambda: (5)[0],
    lambda: None[0],
    lambda: None(),
    lambda: 5(),
    lambda: "abc"(),
    lambda: {"a": 1}("a"),
    lambda: len(5),
    lambda: len(None),
    lambda: [x for x in 5],
    lambda: iter(None),
    lambda: "abc"[0].__setitem__(0, "x"),
    lambda: "abc".__setitem__(0, "x"),
    lambda: (1, 2).append(3) if False else (1, 2).__setitem__(0, 5),
    lambda: {[1]: 2},
    lambda: {[1]},
    lambda: hash({}),
    lambda: int[0] if False else (1).__getitem__(0),
    lambda: [1, 2]["a"],
    lambda: "abc"[1.5],
    lambda: {}.get(),
    lambda: sorted([3, "a", 1]),
    lambda: max(1, "a"),
    lambda: sum(["a", "b"]),
    lambda: abs("x"),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: "".join([1]),
    lambda: next([1, 2]),
    lambda: object().x if False else setattr(1, "x", 2),
    lambda: [].sort(key=1),
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
