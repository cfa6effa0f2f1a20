# cleanup in generators: finally, with, early break
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *a):
        print("close", self.name)
def lines(name):
    with Resource(name):
        for i in range(5):
            yield f"{name}:{i}"
def first_n(gen, n):
    out = []
    for x in gen:
        out.append(x)
        if len(out) == n:
            break
    return out
gen = lines("file1")
print(first_n(gen, 2))
print("explicit close:")
gen.close()
print(list(lines("file2")))
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)
c = countdown(3)
print(next(c), next(c))
c.close()
print(list(countdown(2)))
