# The CPU-bound loop of the GIL tutorials: one call to square and one to add per step.
def somefunc(i):
    return i * i


def otherfunc(m, i):
    return m + i


def process(rounds):
    result = 0
    for _ in range(rounds):
        result = 0
        for i in range(100_000):
            result = otherfunc(result, somefunc(i))
    return result


print("somefunc_otherfunc", process(45))
