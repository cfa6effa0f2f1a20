# Calls of small Python functions with positional, default and keyword arguments.
def add(a, b):
    return a + b


def scaled(x, factor=3):
    return x * factor


def pick(a, b, *, first):
    return a if first else b


total = 0
for i in range(800_000):
    total = add(total, scaled(i & 7))
    total = add(total, pick(i, 1, first=False))
print("calls", total)
