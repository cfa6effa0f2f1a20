# keyword-argument errors from builtin functions and methods
cases = [
    lambda: print("x", color="red"),
    lambda: sorted([1], reversed=True),
    lambda: len(obj=[1]),
    lambda: [].append(item=1),
    lambda: "a".split(separator=","),
    lambda: int("5", bas=10),
    lambda: dict.fromkeys(seq=[1]),
    lambda: max([1, 2], keyfunc=abs),
    lambda: enumerate([], begin=1),
    lambda: open(file_name="x"),
    lambda: zip([1], [2], strict=True, extra=1),
    lambda: range(stop=5),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
