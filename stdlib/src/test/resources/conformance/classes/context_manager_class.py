# context manager protocol: __enter__/__exit__, exception suppression
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tag("a") as t:
    print("inside", t.name)
with Tag("outer"), Tag("inner") as i:
    print("nested body", i.name)
with Tag("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tag("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with Tag("ret"):
        return "returned value"
print(f())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with (Tag("p1") as x,
      Tag("p2") as y):
    print(x.name, y.name)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
